// Source: fitted by scripts/train/keywords.ts (npm run train -- keywords) on the editors' keywords of
// ../shared/data/news-dev and news-dev2 (68 articles, 4068 candidates, 571 positive). MIT.
// Generated — do not edit. Refit after any change to the candidates, their features or the steps before.
//
  // log-weighted-count           mean 0.353565  sd 0.554386  weight 0.261165
  // weighted-count-share         mean 0.214381  sd 0.185864  weight 0.217806
  // weighted-count-rank          mean 0.665388  sd 0.187955  weight 0.098079
  // log-count                    mean 0.220449  sd 0.449281  weight -0.016801
  // once                         mean 0.77237  sd 0.419303  weight -0.232252
  // position                     mean 0.543571  sd 0.294691  weight 0.096117
  // in-lead                      mean 0.318092  sd 0.465736  weight 0.151017
  // in-title                     mean 0.058505  sd 0.234697  weight -0.111549
  // topic-in-title               mean 0.042527  sd 0.201788  weight 0.030112
  // spread                       mean 0.080155  sd 0.067485  weight 0.226793
  // idf                          mean 0.703639  sd 0.246072  weight 0.325089
  // log-idf                      mean -0.342567  sd 0.357442  weight 0.277567
  // word-idf                     mean 0.678118  sd 0.237579  weight 0.127498
  // log-word-idf                 mean -0.375986  sd 0.353488  weight 0.16268
  // name                         mean 0.130531  sd 0.336887  weight 0.193132
  // name-weighted-count-share    mean 0.035526  sd 0.128426  weight -0.007865
  // person                       mean 0.037365  sd 0.189654  weight 0.104235
  // organisation                 mean 0.044739  sd 0.206731  weight 0.128957
  // place                        mean 0.036382  sd 0.187238  weight 0.075534
  // name-with-noun               mean 0.043756  sd 0.204552  weight -0.16411
  // two-words                    mean 0.162979  sd 0.369347  weight 0.116395
  // three-words                  mean 0.165929  sd 0.372017  weight -0.030234
  // compound-parts               mean 0.017838  sd 0.076301  weight 0.031045
  // phrase-cohesion              mean -0.199361  sd 0.480525  weight 0.13763
  // linked-phrase-once           mean 0.140855  sd 0.347872  weight -0.100316
  // compound-length              mean -0.028575  sd 0.13404  weight 0.277897
  // implicit-topic               mean 0.010816  sd 0.103437  weight -0.211748
  // quoted-speaker               mean 0.021632  sd 0.14548  weight 0.164864
import type { RankerModel } from '../../pipeline/07-keywords/ranker';

/** The built-in keyword ranker: logistic regression weights over standardised candidate features. */
export const KEYWORD_RANKER: RankerModel = {"features":["log-weighted-count","weighted-count-share","weighted-count-rank","log-count","once","position","in-lead","in-title","topic-in-title","spread","idf","log-idf","word-idf","log-word-idf","name","name-weighted-count-share","person","organisation","place","name-with-noun","two-words","three-words","compound-parts","phrase-cohesion","linked-phrase-once","compound-length","implicit-topic","quoted-speaker"],"mean":[0.353565,0.214381,0.665388,0.220449,0.77237,0.543571,0.318092,0.058505,0.042527,0.080155,0.703639,-0.342567,0.678118,-0.375986,0.130531,0.035526,0.037365,0.044739,0.036382,0.043756,0.162979,0.165929,0.017838,-0.199361,0.140855,-0.028575,0.010816,0.021632],"scale":[0.554386,0.185864,0.187955,0.449281,0.419303,0.294691,0.465736,0.234697,0.201788,0.067485,0.246072,0.357442,0.237579,0.353488,0.336887,0.128426,0.189654,0.206731,0.187238,0.204552,0.369347,0.372017,0.076301,0.480525,0.347872,0.13404,0.103437,0.14548],"weights":[0.261165,0.217806,0.098079,-0.016801,-0.232252,0.096117,0.151017,-0.111549,0.030112,0.226793,0.325089,0.277567,0.127498,0.16268,0.193132,-0.007865,0.104235,0.128957,0.075534,-0.16411,0.116395,-0.030234,0.031045,0.13763,-0.100316,0.277897,-0.211748,0.164864],"bias":-2.718699};
