// Source: fitted by scripts/train/keywords.ts (npm run train -- keywords) on the editors' keywords of
// ../shared/data/news-dev and news-dev2 (68 articles, 4227 candidates, 565 positive). MIT.
// Generated — do not edit. Refit after any change to the candidates, their features or the steps before.
//
  // log-weighted-count           mean 0.350036  sd 0.550144  weight 1.328391
  // weighted-count-share         mean 0.216469  sd 0.185971  weight 0.233657
  // weighted-count-rank          mean 0.667301  sd 0.186529  weight -0.212853
  // log-count                    mean 0.216381  sd 0.443597  weight -0.794365
  // once                         mean 0.775018  sd 0.417571  weight -0.396985
  // position                     mean 0.5442  sd 0.295793  weight 0.141156
  // in-lead                      mean 0.321031  sd 0.466873  weight -0.09092
  // in-title                     mean 0.058907  sd 0.235451  weight -0.294632
  // topic-in-title               mean 0.042347  sd 0.201379  weight 0.019162
  // spread                       mean 0.079778  sd 0.066476  weight 0.294379
  // idf                          mean 0.796619  sd 0.210975  weight 0.962616
  // log-idf                      mean -0.202215  sd 0.277523  weight -0.452318
  // word-idf                     mean 0.782225  sd 0.20807  weight 0.227162
  // log-word-idf                 mean -0.219153  sd 0.276199  weight 0.089103
  // name                         mean 0.129643  sd 0.33591  weight 0.35785
  // name-weighted-count-share    mean 0.035619  sd 0.128073  weight -0.07567
  // person                       mean 0.037615  sd 0.190264  weight 0.066089
  // organisation                 mean 0.036669  sd 0.187948  weight 0.101274
  // place                        mean 0.035013  sd 0.183813  weight 0.095438
  // name-with-noun               mean 0.048498  sd 0.214816  weight -0.080935
  // two-words                    mean 0.168678  sd 0.374467  weight 0.113545
  // three-words                  mean 0.163473  sd 0.369797  weight 0.049217
  // compound-parts               mean 0.0167  sd 0.073688  weight -0.100371
  // phrase-cohesion              mean -0.206529  sd 0.485586  weight 0.115274
  // linked-phrase-once           mean 0.140525  sd 0.347531  weight -0.273646
  // compound-length              mean -0.030392  sd 0.132934  weight 0.433948
  // implicit-topic               mean 0.010882  sd 0.10375  weight -0.24753
  // quoted-speaker               mean 0.020819  sd 0.142777  weight 0.212316
import type { RankerModel } from '../../pipeline/07-keywords/ranker';

/** The built-in keyword ranker: logistic regression weights over standardised candidate features. */
export const KEYWORD_RANKER: RankerModel = {"features":["log-weighted-count","weighted-count-share","weighted-count-rank","log-count","once","position","in-lead","in-title","topic-in-title","spread","idf","log-idf","word-idf","log-word-idf","name","name-weighted-count-share","person","organisation","place","name-with-noun","two-words","three-words","compound-parts","phrase-cohesion","linked-phrase-once","compound-length","implicit-topic","quoted-speaker"],"mean":[0.350036,0.216469,0.667301,0.216381,0.775018,0.5442,0.321031,0.058907,0.042347,0.079778,0.796619,-0.202215,0.782225,-0.219153,0.129643,0.035619,0.037615,0.036669,0.035013,0.048498,0.168678,0.163473,0.0167,-0.206529,0.140525,-0.030392,0.010882,0.020819],"scale":[0.550144,0.185971,0.186529,0.443597,0.417571,0.295793,0.466873,0.235451,0.201379,0.066476,0.210975,0.277523,0.20807,0.276199,0.33591,0.128073,0.190264,0.187948,0.183813,0.214816,0.374467,0.369797,0.073688,0.485586,0.347531,0.132934,0.10375,0.142777],"weights":[1.328391,0.233657,-0.212853,-0.794365,-0.396985,0.141156,-0.09092,-0.294632,0.019162,0.294379,0.962616,-0.452318,0.227162,0.089103,0.35785,-0.07567,0.066089,0.101274,0.095438,-0.080935,0.113545,0.049217,-0.100371,0.115274,-0.273646,0.433948,-0.24753,0.212316],"bias":-2.884984};
