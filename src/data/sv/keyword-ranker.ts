// Source: fitted by scripts/train/keywords.ts (npm run train -- keywords) on the editors' keywords of
// ../shared/data/news-dev and news-dev2 (68 articles, 4063 candidates, 576 positive). MIT.
// Generated — do not edit. Refit after any change to the candidates, their features or the steps before.
//
  // log-weighted-count           mean 0.354199  sd 0.555369  weight 0.26383
  // weighted-count-share         mean 0.214345  sd 0.186132  weight 0.22861
  // weighted-count-rank          mean 0.66534  sd 0.18788  weight 0.096694
  // log-count                    mean 0.221116  sd 0.450267  weight -0.02487
  // once                         mean 0.77209  sd 0.419485  weight -0.24664
  // position                     mean 0.543643  sd 0.294624  weight 0.091386
  // in-lead                      mean 0.317992  sd 0.465696  weight 0.154833
  // in-title                     mean 0.058577  sd 0.234832  weight -0.102747
  // topic-in-title               mean 0.042579  sd 0.201907  weight 0.024103
  // spread                       mean 0.080254  sd 0.067628  weight 0.228103
  // idf                          mean 0.703274  sd 0.246003  weight 0.243216
  // log-idf                      mean -0.343048  sd 0.357398  weight 0.188296
  // word-idf                     mean 0.677779  sd 0.237533  weight 0.115443
  // log-word-idf                 mean -0.376466  sd 0.353502  weight 0.138674
  // name                         mean 0.129953  sd 0.336252  weight 0.1823
  // name-weighted-count-share    mean 0.035489  sd 0.128835  weight -0.006012
  // person                       mean 0.037411  sd 0.189766  weight 0.10448
  // organisation                 mean 0.044794  sd 0.206852  weight 0.120205
  // place                        mean 0.035688  sd 0.185511  weight 0.078708
  // name-with-noun               mean 0.04381  sd 0.204672  weight -0.172569
  // two-words                    mean 0.16318  sd 0.36953  weight 0.108157
  // three-words                  mean 0.166133  sd 0.3722  weight -0.049435
  // compound-parts               mean 0.017871  sd 0.076429  weight 0.026283
  // one-word-commonness          mean 0.060782  sd 0.10766  weight -0.148613
  // topic-log-idf                mean -0.349389  sd 0.350762  weight 0.183332
  // phrase-cohesion              mean -0.199606  sd 0.48077  weight 0.122511
  // linked-phrase-once           mean 0.141029  sd 0.348051  weight -0.112515
  // compound-length              mean -0.028703  sd 0.134186  weight 0.248801
  // implicit-topic               mean 0.010829  sd 0.1035  weight -0.228542
  // quoted-speaker               mean 0.021659  sd 0.145567  weight 0.164711
import type { RankerModel } from '../../pipeline/07-keywords/ranker';

/** The built-in keyword ranker: logistic regression weights over standardised candidate features. */
export const KEYWORD_RANKER: RankerModel = {"features":["log-weighted-count","weighted-count-share","weighted-count-rank","log-count","once","position","in-lead","in-title","topic-in-title","spread","idf","log-idf","word-idf","log-word-idf","name","name-weighted-count-share","person","organisation","place","name-with-noun","two-words","three-words","compound-parts","one-word-commonness","topic-log-idf","phrase-cohesion","linked-phrase-once","compound-length","implicit-topic","quoted-speaker"],"mean":[0.354199,0.214345,0.66534,0.221116,0.77209,0.543643,0.317992,0.058577,0.042579,0.080254,0.703274,-0.343048,0.677779,-0.376466,0.129953,0.035489,0.037411,0.044794,0.035688,0.04381,0.16318,0.166133,0.017871,0.060782,-0.349389,-0.199606,0.141029,-0.028703,0.010829,0.021659],"scale":[0.555369,0.186132,0.18788,0.450267,0.419485,0.294624,0.465696,0.234832,0.201907,0.067628,0.246003,0.357398,0.237533,0.353502,0.336252,0.128835,0.189766,0.206852,0.185511,0.204672,0.36953,0.3722,0.076429,0.10766,0.350762,0.48077,0.348051,0.134186,0.1035,0.145567],"weights":[0.26383,0.22861,0.096694,-0.02487,-0.24664,0.091386,0.154833,-0.102747,0.024103,0.228103,0.243216,0.188296,0.115443,0.138674,0.1823,-0.006012,0.10448,0.120205,0.078708,-0.172569,0.108157,-0.049435,0.026283,-0.148613,0.183332,0.122511,-0.112515,0.248801,-0.228542,0.164711],"bias":-2.728793};
