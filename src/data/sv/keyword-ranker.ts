// Source: fitted by scripts/train/keywords.ts (npm run train -- keywords) on the editors' keywords of
// ../shared/data/news-dev and news-dev2 (68 articles, 4157 candidates, 570 positive). MIT.
// Generated — do not edit. Refit after any change to the candidates, their features or the steps before.
//
  // log-weighted-count           mean 0.356279  sd 0.55445  weight 0.262377
  // weighted-count-share         mean 0.214263  sd 0.185632  weight 0.216568
  // weighted-count-rank          mean 0.664501  sd 0.188409  weight 0.077243
  // log-count                    mean 0.221638  sd 0.448679  weight -0.00823
  // once                         mean 0.770026  sd 0.420816  weight -0.234827
  // position                     mean 0.54523  sd 0.294623  weight 0.093019
  // in-lead                      mean 0.321386  sd 0.467008  weight 0.167195
  // in-title                     mean 0.059177  sd 0.235956  weight -0.137472
  // topic-in-title               mean 0.04306  sd 0.202992  weight 0.045327
  // spread                       mean 0.080306  sd 0.067386  weight 0.225211
  // idf                          mean 0.699592  sd 0.247195  weight 0.331376
  // log-idf                      mean -0.349188  sd 0.361244  weight 0.287044
  // word-idf                     mean 0.674812  sd 0.23863  weight 0.13466
  // log-word-idf                 mean -0.381659  sd 0.356964  weight 0.1638
  // name                         mean 0.127736  sd 0.333796  weight 0.193506
  // name-weighted-count-share    mean 0.034527  sd 0.126429  weight -0.014715
  // person                       mean 0.037527  sd 0.190049  weight 0.086251
  // organisation                 mean 0.038489  sd 0.192374  weight 0.115434
  // place                        mean 0.035362  sd 0.184693  weight 0.075458
  // name-with-noun               mean 0.045465  sd 0.208323  weight -0.079255
  // two-words                    mean 0.16815  sd 0.374  weight 0.097884
  // three-words                  mean 0.165023  sd 0.371201  weight -0.03964
  // compound-parts               mean 0.017752  sd 0.076307  weight 0.029575
  // phrase-cohesion              mean -0.201347  sd 0.486644  weight 0.140745
  // linked-phrase-once           mean 0.139524  sd 0.346492  weight -0.104453
  // compound-length              mean -0.028824  sd 0.133541  weight 0.275499
  // implicit-topic               mean 0.010585  sd 0.102335  weight -0.20606
  // quoted-speaker               mean 0.02141  sd 0.144746  weight 0.199838
import type { RankerModel } from '../../pipeline/07-keywords/ranker';

/** The built-in keyword ranker: logistic regression weights over standardised candidate features. */
export const KEYWORD_RANKER: RankerModel = {"features":["log-weighted-count","weighted-count-share","weighted-count-rank","log-count","once","position","in-lead","in-title","topic-in-title","spread","idf","log-idf","word-idf","log-word-idf","name","name-weighted-count-share","person","organisation","place","name-with-noun","two-words","three-words","compound-parts","phrase-cohesion","linked-phrase-once","compound-length","implicit-topic","quoted-speaker"],"mean":[0.356279,0.214263,0.664501,0.221638,0.770026,0.54523,0.321386,0.059177,0.04306,0.080306,0.699592,-0.349188,0.674812,-0.381659,0.127736,0.034527,0.037527,0.038489,0.035362,0.045465,0.16815,0.165023,0.017752,-0.201347,0.139524,-0.028824,0.010585,0.02141],"scale":[0.55445,0.185632,0.188409,0.448679,0.420816,0.294623,0.467008,0.235956,0.202992,0.067386,0.247195,0.361244,0.23863,0.356964,0.333796,0.126429,0.190049,0.192374,0.184693,0.208323,0.374,0.371201,0.076307,0.486644,0.346492,0.133541,0.102335,0.144746],"weights":[0.262377,0.216568,0.077243,-0.00823,-0.234827,0.093019,0.167195,-0.137472,0.045327,0.225211,0.331376,0.287044,0.13466,0.1638,0.193506,-0.014715,0.086251,0.115434,0.075458,-0.079255,0.097884,-0.03964,0.029575,0.140745,-0.104453,0.275499,-0.20606,0.199838],"bias":-2.749497};
