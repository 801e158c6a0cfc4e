// Source: fitted by scripts/train/keywords.ts (npm run train -- keywords) on the editors' keywords of
// ../shared/data/news-dev and news-dev2 (68 articles, 4134 candidates, 579 positive). MIT.
// Generated — do not edit. Refit after any change to the candidates, their features or the steps before.
//
  // log-weighted-count           mean 0.349594  sd 0.553216  weight 0.262805
  // weighted-count-share         mean 0.212504  sd 0.184909  weight 0.230359
  // weighted-count-rank          mean 0.667601  sd 0.18669  weight 0.089267
  // log-count                    mean 0.217707  sd 0.448021  weight -0.030271
  // once                         mean 0.77552  sd 0.417239  weight -0.25961
  // position                     mean 0.542031  sd 0.294138  weight 0.089165
  // in-lead                      mean 0.314949  sd 0.464496  weight 0.154921
  // in-title                     mean 0.057813  sd 0.23339  weight -0.103436
  // topic-in-title               mean 0.04209  sd 0.200794  weight 0.022606
  // spread                       mean 0.079933  sd 0.067283  weight 0.229969
  // idf                          mean 0.702475  sd 0.244785  weight 0.247394
  // log-idf                      mean -0.34355  sd 0.355606  weight 0.184022
  // word-idf                     mean 0.677868  sd 0.236392  weight 0.110166
  // log-word-idf                 mean -0.375749  sd 0.351705  weight 0.124565
  // name                         mean 0.126512  sd 0.332425  weight 0.180735
  // name-weighted-count-share    mean 0.034722  sd 0.127764  weight -0.008955
  // person                       mean 0.036768  sd 0.188192  weight 0.106618
  // organisation                 mean 0.042816  sd 0.202441  weight 0.115735
  // place                        mean 0.035075  sd 0.183969  weight 0.077318
  // name-with-noun               mean 0.043058  sd 0.202987  weight -0.17219
  // two-words                    mean 0.178761  sd 0.383152  weight 0.099652
  // three-words                  mean 0.162554  sd 0.368959  weight -0.03632
  // compound-parts               mean 0.017588  sd 0.075933  weight 0.02658
  // one-word-commonness          mean 0.059738  sd 0.107023  weight -0.159269
  // topic-log-idf                mean -0.349723  sd 0.349106  weight 0.179051
  // phrase-cohesion              mean -0.212143  sd 0.489599  weight 0.125061
  // linked-phrase-once           mean 0.138607  sd 0.345536  weight -0.122356
  // compound-length              mean -0.028237  sd 0.133064  weight 0.25133
  // implicit-topic               mean 0.010643  sd 0.102617  weight -0.231373
  // quoted-speaker               mean 0.021287  sd 0.144339  weight 0.164412
import type { RankerModel } from '../../pipeline/07-keywords/ranker';

/** The built-in keyword ranker: logistic regression weights over standardised candidate features. */
export const KEYWORD_RANKER: RankerModel = {"features":["log-weighted-count","weighted-count-share","weighted-count-rank","log-count","once","position","in-lead","in-title","topic-in-title","spread","idf","log-idf","word-idf","log-word-idf","name","name-weighted-count-share","person","organisation","place","name-with-noun","two-words","three-words","compound-parts","one-word-commonness","topic-log-idf","phrase-cohesion","linked-phrase-once","compound-length","implicit-topic","quoted-speaker"],"mean":[0.349594,0.212504,0.667601,0.217707,0.77552,0.542031,0.314949,0.057813,0.04209,0.079933,0.702475,-0.34355,0.677868,-0.375749,0.126512,0.034722,0.036768,0.042816,0.035075,0.043058,0.178761,0.162554,0.017588,0.059738,-0.349723,-0.212143,0.138607,-0.028237,0.010643,0.021287],"scale":[0.553216,0.184909,0.18669,0.448021,0.417239,0.294138,0.464496,0.23339,0.200794,0.067283,0.244785,0.355606,0.236392,0.351705,0.332425,0.127764,0.188192,0.202441,0.183969,0.202987,0.383152,0.368959,0.075933,0.107023,0.349106,0.489599,0.345536,0.133064,0.102617,0.144339],"weights":[0.262805,0.230359,0.089267,-0.030271,-0.25961,0.089165,0.154921,-0.103436,0.022606,0.229969,0.247394,0.184022,0.110166,0.124565,0.180735,-0.008955,0.106618,0.115735,0.077318,-0.17219,0.099652,-0.03632,0.02658,-0.159269,0.179051,0.125061,-0.122356,0.25133,-0.231373,0.164412],"bias":-2.732268};
