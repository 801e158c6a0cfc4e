// Source: fitted by scripts/train/keywords.ts (npm run train -- keywords) on the editors' keywords of
// ../shared/data/news-dev and news-dev2 (68 articles, 4073 candidates, 570 positive). MIT.
// Generated — do not edit. Refit after any change to the candidates, their features or the steps before.
//
  // log-weighted-count           mean 0.353609  sd 0.554396  weight 0.258164
  // weighted-count-share         mean 0.213368  sd 0.184994  weight 0.214774
  // weighted-count-rank          mean 0.66535  sd 0.187928  weight 0.088075
  // log-count                    mean 0.220589  sd 0.449328  weight -0.013272
  // once                         mean 0.772158  sd 0.41944  weight -0.240597
  // position                     mean 0.543941  sd 0.294655  weight 0.093066
  // in-lead                      mean 0.318438  sd 0.465871  weight 0.160433
  // in-title                     mean 0.058434  sd 0.234562  weight -0.12769
  // topic-in-title               mean 0.042475  sd 0.20167  weight 0.042881
  // spread                       mean 0.080172  sd 0.067489  weight 0.228038
  // idf                          mean 0.70364  sd 0.24605  weight 0.317908
  // log-idf                      mean -0.34256  sd 0.357436  weight 0.274235
  // word-idf                     mean 0.678065  sd 0.237696  weight 0.130191
  // log-word-idf                 mean -0.376148  sd 0.353794  weight 0.167695
  // name                         mean 0.130371  sd 0.336711  weight 0.174263
  // name-weighted-count-share    mean 0.035281  sd 0.127867  weight 0.002035
  // person                       mean 0.03781  sd 0.190736  weight 0.100919
  // organisation                 mean 0.043211  sd 0.203333  weight 0.132378
  // place                        mean 0.0356  sd 0.185291  weight 0.084752
  // name-with-noun               mean 0.044685  sd 0.20661  weight -0.135314
  // two-words                    mean 0.163025  sd 0.369388  weight 0.107738
  // three-words                  mean 0.166217  sd 0.372275  weight -0.023229
  // compound-parts               mean 0.017817  sd 0.076257  weight 0.034155
  // phrase-cohesion              mean -0.199607  sd 0.481099  weight 0.143714
  // linked-phrase-once           mean 0.141174  sd 0.348201  weight -0.106242
  // compound-length              mean -0.028491  sd 0.134009  weight 0.276896
  // implicit-topic               mean 0.011048  sd 0.104529  weight -0.215032
  // quoted-speaker               mean 0.021851  sd 0.146198  weight 0.192483
import type { RankerModel } from '../../pipeline/07-keywords/ranker';

/** The built-in keyword ranker: logistic regression weights over standardised candidate features. */
export const KEYWORD_RANKER: RankerModel = {"features":["log-weighted-count","weighted-count-share","weighted-count-rank","log-count","once","position","in-lead","in-title","topic-in-title","spread","idf","log-idf","word-idf","log-word-idf","name","name-weighted-count-share","person","organisation","place","name-with-noun","two-words","three-words","compound-parts","phrase-cohesion","linked-phrase-once","compound-length","implicit-topic","quoted-speaker"],"mean":[0.353609,0.213368,0.66535,0.220589,0.772158,0.543941,0.318438,0.058434,0.042475,0.080172,0.70364,-0.34256,0.678065,-0.376148,0.130371,0.035281,0.03781,0.043211,0.0356,0.044685,0.163025,0.166217,0.017817,-0.199607,0.141174,-0.028491,0.011048,0.021851],"scale":[0.554396,0.184994,0.187928,0.449328,0.41944,0.294655,0.465871,0.234562,0.20167,0.067489,0.24605,0.357436,0.237696,0.353794,0.336711,0.127867,0.190736,0.203333,0.185291,0.20661,0.369388,0.372275,0.076257,0.481099,0.348201,0.134009,0.104529,0.146198],"weights":[0.258164,0.214774,0.088075,-0.013272,-0.240597,0.093066,0.160433,-0.12769,0.042881,0.228038,0.317908,0.274235,0.130191,0.167695,0.174263,0.002035,0.100919,0.132378,0.084752,-0.135314,0.107738,-0.023229,0.034155,0.143714,-0.106242,0.276896,-0.215032,0.192483],"bias":-2.719125};
