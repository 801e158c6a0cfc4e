// Source: fitted by scripts/train/keywords.ts (npm run train -- keywords) on the editors' keywords of
// ../shared/data/news-dev and news-dev2 (68 articles, 4170 candidates, 570 positive). MIT.
// Generated — do not edit. Refit after any change to the candidates, their features or the steps before.
//
  // log-weighted-count           mean 0.355775  sd 0.553767  weight 0.266062
  // weighted-count-share         mean 0.214277  sd 0.185381  weight 0.209644
  // weighted-count-rank          mean 0.664368  sd 0.188517  weight 0.075359
  // log-count                    mean 0.220947  sd 0.44815  weight -0.001252
  // once                         mean 0.770743  sd 0.420355  weight -0.236174
  // position                     mean 0.545321  sd 0.29521  weight 0.091889
  // in-lead                      mean 0.322302  sd 0.467358  weight 0.161914
  // in-title                     mean 0.058993  sd 0.235611  weight -0.117169
  // topic-in-title               mean 0.042446  sd 0.201605  weight 0.018871
  // spread                       mean 0.080263  sd 0.067287  weight 0.228794
  // idf                          mean 0.700566  sd 0.247358  weight 0.342354
  // log-idf                      mean -0.347882  sd 0.361311  weight 0.304883
  // word-idf                     mean 0.675253  sd 0.238716  weight 0.123592
  // log-word-idf                 mean -0.381048  sd 0.356989  weight 0.156381
  // name                         mean 0.129976  sd 0.336277  weight 0.190953
  // name-weighted-count-share    mean 0.035234  sd 0.127433  weight -0.008884
  // person                       mean 0.03741  sd 0.189764  weight 0.083638
  // organisation                 mean 0.039089  sd 0.193806  weight 0.105276
  // place                        mean 0.035731  sd 0.18562  weight 0.067738
  // name-with-noun               mean 0.045324  sd 0.208013  weight -0.083122
  // two-words                    mean 0.168106  sd 0.37396  weight 0.099433
  // three-words                  mean 0.164508  sd 0.370736  weight -0.034474
  // compound-parts               mean 0.017696  sd 0.076194  weight 0.029862
  // phrase-cohesion              mean -0.200959  sd 0.486163  weight 0.141047
  // linked-phrase-once           mean 0.139089  sd 0.346039  weight -0.101419
  // compound-length              mean -0.028782  sd 0.133368  weight 0.281224
  // implicit-topic               mean 0.010552  sd 0.102177  weight -0.212738
  // quoted-speaker               mean 0.021343  sd 0.144525  weight 0.198734
import type { RankerModel } from '../../pipeline/07-keywords/ranker';

/** The built-in keyword ranker: logistic regression weights over standardised candidate features. */
export const KEYWORD_RANKER: RankerModel = {"features":["log-weighted-count","weighted-count-share","weighted-count-rank","log-count","once","position","in-lead","in-title","topic-in-title","spread","idf","log-idf","word-idf","log-word-idf","name","name-weighted-count-share","person","organisation","place","name-with-noun","two-words","three-words","compound-parts","phrase-cohesion","linked-phrase-once","compound-length","implicit-topic","quoted-speaker"],"mean":[0.355775,0.214277,0.664368,0.220947,0.770743,0.545321,0.322302,0.058993,0.042446,0.080263,0.700566,-0.347882,0.675253,-0.381048,0.129976,0.035234,0.03741,0.039089,0.035731,0.045324,0.168106,0.164508,0.017696,-0.200959,0.139089,-0.028782,0.010552,0.021343],"scale":[0.553767,0.185381,0.188517,0.44815,0.420355,0.29521,0.467358,0.235611,0.201605,0.067287,0.247358,0.361311,0.238716,0.356989,0.336277,0.127433,0.189764,0.193806,0.18562,0.208013,0.37396,0.370736,0.076194,0.486163,0.346039,0.133368,0.102177,0.144525],"weights":[0.266062,0.209644,0.075359,-0.001252,-0.236174,0.091889,0.161914,-0.117169,0.018871,0.228794,0.342354,0.304883,0.123592,0.156381,0.190953,-0.008884,0.083638,0.105276,0.067738,-0.083122,0.099433,-0.034474,0.029862,0.141047,-0.101419,0.281224,-0.212738,0.198734],"bias":-2.758667};
