// Source: fitted by scripts/train/keywords.ts (npm run train -- keywords) on the editors' keywords of
// ../shared/data/news-dev and news-dev2 (68 articles, 4227 candidates, 565 positive). MIT.
// Generated — do not edit. Refit after any change to the candidates, their features or the steps before.
//
  // log-weighted-count           mean 0.350036  sd 0.550144  weight 0.276164
  // weighted-count-share         mean 0.216469  sd 0.185971  weight 0.175988
  // weighted-count-rank          mean 0.667301  sd 0.186529  weight 0.079264
  // log-count                    mean 0.216381  sd 0.443597  weight 0.00917
  // once                         mean 0.775018  sd 0.417571  weight -0.230336
  // position                     mean 0.5442  sd 0.295793  weight 0.10824
  // in-lead                      mean 0.321031  sd 0.466873  weight 0.129131
  // in-title                     mean 0.058907  sd 0.235451  weight -0.087727
  // topic-in-title               mean 0.042347  sd 0.201379  weight 0.02029
  // spread                       mean 0.079778  sd 0.066476  weight 0.235421
  // idf                          mean 0.698743  sd 0.24693  weight 0.346949
  // log-idf                      mean -0.350228  sd 0.360812  weight 0.300251
  // word-idf                     mean 0.673542  sd 0.238852  weight 0.127706
  // log-word-idf                 mean -0.383913  sd 0.359146  weight 0.167209
  // name                         mean 0.129643  sd 0.33591  weight 0.192383
  // name-weighted-count-share    mean 0.035619  sd 0.128073  weight -0.016135
  // person                       mean 0.037615  sd 0.190264  weight 0.078499
  // organisation                 mean 0.036669  sd 0.187948  weight 0.091838
  // place                        mean 0.035013  sd 0.183813  weight 0.080226
  // name-with-noun               mean 0.048498  sd 0.214816  weight -0.079719
  // two-words                    mean 0.168678  sd 0.374467  weight 0.123695
  // three-words                  mean 0.163473  sd 0.369797  weight -0.020679
  // compound-parts               mean 0.0167  sd 0.073688  weight 0.031628
  // phrase-cohesion              mean -0.206529  sd 0.485586  weight 0.135862
  // linked-phrase-once           mean 0.140525  sd 0.347531  weight -0.129654
  // compound-length              mean -0.030392  sd 0.132934  weight 0.278603
  // implicit-topic               mean 0.010882  sd 0.10375  weight -0.218867
  // quoted-speaker               mean 0.020819  sd 0.142777  weight 0.191269
import type { RankerModel } from '../../pipeline/07-keywords/ranker';

/** The built-in keyword ranker: logistic regression weights over standardised candidate features. */
export const KEYWORD_RANKER: RankerModel = {"features":["log-weighted-count","weighted-count-share","weighted-count-rank","log-count","once","position","in-lead","in-title","topic-in-title","spread","idf","log-idf","word-idf","log-word-idf","name","name-weighted-count-share","person","organisation","place","name-with-noun","two-words","three-words","compound-parts","phrase-cohesion","linked-phrase-once","compound-length","implicit-topic","quoted-speaker"],"mean":[0.350036,0.216469,0.667301,0.216381,0.775018,0.5442,0.321031,0.058907,0.042347,0.079778,0.698743,-0.350228,0.673542,-0.383913,0.129643,0.035619,0.037615,0.036669,0.035013,0.048498,0.168678,0.163473,0.0167,-0.206529,0.140525,-0.030392,0.010882,0.020819],"scale":[0.550144,0.185971,0.186529,0.443597,0.417571,0.295793,0.466873,0.235451,0.201379,0.066476,0.24693,0.360812,0.238852,0.359146,0.33591,0.128073,0.190264,0.187948,0.183813,0.214816,0.374467,0.369797,0.073688,0.485586,0.347531,0.132934,0.10375,0.142777],"weights":[0.276164,0.175988,0.079264,0.00917,-0.230336,0.10824,0.129131,-0.087727,0.02029,0.235421,0.346949,0.300251,0.127706,0.167209,0.192383,-0.016135,0.078499,0.091838,0.080226,-0.079719,0.123695,-0.020679,0.031628,0.135862,-0.129654,0.278603,-0.218867,0.191269],"bias":-2.803582};
