// Source: fitted by scripts/train/keywords.ts (npm run train -- keywords) on the editors' keywords of
// ../shared/data/news-dev and news-dev2 (68 articles, 4068 candidates, 571 positive). MIT.
// Generated — do not edit. Refit after any change to the candidates, their features or the steps before.
//
  // log-weighted-count           mean 0.353565  sd 0.554386  weight 0.261873
  // weighted-count-share         mean 0.214381  sd 0.185864  weight 0.224416
  // weighted-count-rank          mean 0.665388  sd 0.187955  weight 0.096552
  // log-count                    mean 0.220449  sd 0.449281  weight -0.014691
  // once                         mean 0.77237  sd 0.419303  weight -0.2315
  // position                     mean 0.543571  sd 0.294691  weight 0.096109
  // in-lead                      mean 0.318092  sd 0.465736  weight 0.149936
  // in-title                     mean 0.058505  sd 0.234697  weight -0.113121
  // topic-in-title               mean 0.042527  sd 0.201788  weight 0.030018
  // spread                       mean 0.080155  sd 0.067485  weight 0.225604
  // idf                          mean 0.703639  sd 0.246072  weight 0.307652
  // log-idf                      mean -0.342567  sd 0.357442  weight 0.250765
  // word-idf                     mean 0.678118  sd 0.237579  weight 0.119135
  // log-word-idf                 mean -0.375986  sd 0.353488  weight 0.145354
  // name                         mean 0.130531  sd 0.336887  weight 0.191173
  // name-weighted-count-share    mean 0.035526  sd 0.128426  weight -0.011646
  // person                       mean 0.037365  sd 0.189654  weight 0.109445
  // organisation                 mean 0.044739  sd 0.206731  weight 0.129686
  // place                        mean 0.036382  sd 0.187238  weight 0.071081
  // name-with-noun               mean 0.043756  sd 0.204552  weight -0.166006
  // two-words                    mean 0.162979  sd 0.369347  weight 0.094565
  // three-words                  mean 0.165929  sd 0.372017  weight -0.056096
  // compound-parts               mean 0.017838  sd 0.076301  weight 0.03257
  // one-word-commonness          mean 0.060689  sd 0.107615  weight -0.157934
  // phrase-cohesion              mean -0.199361  sd 0.480525  weight 0.13509
  // linked-phrase-once           mean 0.140855  sd 0.347872  weight -0.114236
  // compound-length              mean -0.028575  sd 0.13404  weight 0.252644
  // implicit-topic               mean 0.010816  sd 0.103437  weight -0.217762
  // quoted-speaker               mean 0.021632  sd 0.14548  weight 0.166115
import type { RankerModel } from '../../pipeline/07-keywords/ranker';

/** The built-in keyword ranker: logistic regression weights over standardised candidate features. */
export const KEYWORD_RANKER: RankerModel = {"features":["log-weighted-count","weighted-count-share","weighted-count-rank","log-count","once","position","in-lead","in-title","topic-in-title","spread","idf","log-idf","word-idf","log-word-idf","name","name-weighted-count-share","person","organisation","place","name-with-noun","two-words","three-words","compound-parts","one-word-commonness","phrase-cohesion","linked-phrase-once","compound-length","implicit-topic","quoted-speaker"],"mean":[0.353565,0.214381,0.665388,0.220449,0.77237,0.543571,0.318092,0.058505,0.042527,0.080155,0.703639,-0.342567,0.678118,-0.375986,0.130531,0.035526,0.037365,0.044739,0.036382,0.043756,0.162979,0.165929,0.017838,0.060689,-0.199361,0.140855,-0.028575,0.010816,0.021632],"scale":[0.554386,0.185864,0.187955,0.449281,0.419303,0.294691,0.465736,0.234697,0.201788,0.067485,0.246072,0.357442,0.237579,0.353488,0.336887,0.128426,0.189654,0.206731,0.187238,0.204552,0.369347,0.372017,0.076301,0.107615,0.480525,0.347872,0.13404,0.103437,0.14548],"weights":[0.261873,0.224416,0.096552,-0.014691,-0.2315,0.096109,0.149936,-0.113121,0.030018,0.225604,0.307652,0.250765,0.119135,0.145354,0.191173,-0.011646,0.109445,0.129686,0.071081,-0.166006,0.094565,-0.056096,0.03257,-0.157934,0.13509,-0.114236,0.252644,-0.217762,0.166115],"bias":-2.72727};
