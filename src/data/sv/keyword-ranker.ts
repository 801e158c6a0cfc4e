// Source: fitted by scripts/train/keywords.ts (npm run train -- keywords) on the editors' keywords of
// ../shared/data/news-dev and news-dev2 (68 articles, 4153 candidates, 582 positive). MIT.
// Generated — do not edit. Refit after any change to the candidates, their features or the steps before.
//
  // log-weighted-count           mean 0.349196  sd 0.554051  weight 0.265879
  // weighted-count-share         mean 0.212451  sd 0.185164  weight 0.233068
  // weighted-count-rank          mean 0.667608  sd 0.187218  weight 0.079977
  // log-count                    mean 0.218154  sd 0.448445  weight -0.026195
  // once                         mean 0.775102  sd 0.417515  weight -0.262789
  // position                     mean 0.541982  sd 0.294117  weight 0.087996
  // in-lead                      mean 0.314712  sd 0.464401  weight 0.161207
  // in-title                     mean 0.05779  sd 0.233345  weight -0.105432
  // topic-in-title               mean 0.042138  sd 0.200904  weight 0.023007
  // spread                       mean 0.079959  sd 0.067319  weight 0.228066
  // idf                          mean 0.70192  sd 0.244358  weight 0.246698
  // log-idf                      mean -0.344098  sd 0.354944  weight 0.178813
  // word-idf                     mean 0.677346  sd 0.235884  weight 0.113497
  // log-word-idf                 mean -0.37624  sd 0.350949  weight 0.122746
  // name                         mean 0.125933  sd 0.331774  weight 0.177353
  // name-weighted-count-share    mean 0.034629  sd 0.127686  weight -0.009111
  // person                       mean 0.0366  sd 0.187778  weight 0.104577
  // organisation                 mean 0.04262  sd 0.201998  weight 0.111682
  // place                        mean 0.034915  sd 0.183563  weight 0.077803
  // name-with-noun               mean 0.042861  sd 0.202543  weight -0.174841
  // two-words                    mean 0.177703  sd 0.382262  weight 0.105155
  // three-words                  mean 0.166867  sd 0.372857  weight -0.019092
  // compound-parts               mean 0.017486  sd 0.075761  weight 0.026643
  // one-word-commonness          mean 0.059465  sd 0.106854  weight -0.1665
  // topic-log-idf                mean -0.350242  sd 0.348452  weight 0.173905
  // phrase-cohesion              mean -0.213581  sd 0.492553  weight 0.139986
  // linked-phrase-once           mean 0.141103  sd 0.348128  weight -0.155664
  // compound-length              mean -0.028135  sd 0.132756  weight 0.252219
  // implicit-topic               mean 0.010595  sd 0.102384  weight -0.231025
  // quoted-speaker               mean 0.02119  sd 0.144016  weight 0.163974
import type { RankerModel } from '../../pipeline/07-keywords/ranker';

/** The built-in keyword ranker: logistic regression weights over standardised candidate features. */
export const KEYWORD_RANKER: RankerModel = {"features":["log-weighted-count","weighted-count-share","weighted-count-rank","log-count","once","position","in-lead","in-title","topic-in-title","spread","idf","log-idf","word-idf","log-word-idf","name","name-weighted-count-share","person","organisation","place","name-with-noun","two-words","three-words","compound-parts","one-word-commonness","topic-log-idf","phrase-cohesion","linked-phrase-once","compound-length","implicit-topic","quoted-speaker"],"mean":[0.349196,0.212451,0.667608,0.218154,0.775102,0.541982,0.314712,0.05779,0.042138,0.079959,0.70192,-0.344098,0.677346,-0.37624,0.125933,0.034629,0.0366,0.04262,0.034915,0.042861,0.177703,0.166867,0.017486,0.059465,-0.350242,-0.213581,0.141103,-0.028135,0.010595,0.02119],"scale":[0.554051,0.185164,0.187218,0.448445,0.417515,0.294117,0.464401,0.233345,0.200904,0.067319,0.244358,0.354944,0.235884,0.350949,0.331774,0.127686,0.187778,0.201998,0.183563,0.202543,0.382262,0.372857,0.075761,0.106854,0.348452,0.492553,0.348128,0.132756,0.102384,0.144016],"weights":[0.265879,0.233068,0.079977,-0.026195,-0.262789,0.087996,0.161207,-0.105432,0.023007,0.228066,0.246698,0.178813,0.113497,0.122746,0.177353,-0.009111,0.104577,0.111682,0.077803,-0.174841,0.105155,-0.019092,0.026643,-0.1665,0.173905,0.139986,-0.155664,0.252219,-0.231025,0.163974],"bias":-2.741767};
