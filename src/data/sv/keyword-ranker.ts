// Source: fitted by scripts/train/keywords.ts (npm run train -- keywords) on the editors' keywords of
// ../shared/data/news-dev and news-dev2 (68 articles, 4062 candidates, 576 positive). MIT.
// Generated — do not edit. Refit after any change to the candidates, their features or the steps before.
//
  // log-weighted-count           mean 0.354405  sd 0.554975  weight 0.261046
  // weighted-count-share         mean 0.214345  sd 0.185946  weight 0.228313
  // weighted-count-rank          mean 0.665423  sd 0.187642  weight 0.094017
  // log-count                    mean 0.221071  sd 0.45016  weight -0.023927
  // once                         mean 0.772033  sd 0.419521  weight -0.24815
  // position                     mean 0.543557  sd 0.294609  weight 0.092445
  // in-lead                      mean 0.317824  sd 0.465631  weight 0.156674
  // in-title                     mean 0.058592  sd 0.234859  weight -0.100762
  // topic-in-title               mean 0.04259  sd 0.201931  weight 0.022965
  // spread                       mean 0.080241  sd 0.067616  weight 0.22802
  // idf                          mean 0.703201  sd 0.245989  weight 0.242756
  // log-idf                      mean -0.343145  sd 0.357389  weight 0.187854
  // word-idf                     mean 0.6777  sd 0.237508  weight 0.116298
  // log-word-idf                 mean -0.37657  sd 0.353483  weight 0.13918
  // name                         mean 0.129739  sd 0.336016  weight 0.182531
  // name-weighted-count-share    mean 0.035419  sd 0.128448  weight -0.006565
  // person                       mean 0.03742  sd 0.189789  weight 0.104504
  // organisation                 mean 0.044559  sd 0.206334  weight 0.121436
  // place                        mean 0.035697  sd 0.185533  weight 0.078645
  // name-with-noun               mean 0.043821  sd 0.204696  weight -0.17278
  // two-words                    mean 0.16322  sd 0.369566  weight 0.108026
  // three-words                  mean 0.166174  sd 0.372237  weight -0.049874
  // compound-parts               mean 0.017875  sd 0.076438  weight 0.026982
  // one-word-commonness          mean 0.060797  sd 0.107669  weight -0.148557
  // topic-log-idf                mean -0.349475  sd 0.350762  weight 0.182872
  // phrase-cohesion              mean -0.199655  sd 0.480819  weight 0.122487
  // linked-phrase-once           mean 0.141064  sd 0.348087  weight -0.112397
  // compound-length              mean -0.028711  sd 0.134202  weight 0.24864
  // implicit-topic               mean 0.010832  sd 0.103512  weight -0.228152
  // quoted-speaker               mean 0.021664  sd 0.145585  weight 0.164817
import type { RankerModel } from '../../pipeline/07-keywords/ranker';

/** The built-in keyword ranker: logistic regression weights over standardised candidate features. */
export const KEYWORD_RANKER: RankerModel = {"features":["log-weighted-count","weighted-count-share","weighted-count-rank","log-count","once","position","in-lead","in-title","topic-in-title","spread","idf","log-idf","word-idf","log-word-idf","name","name-weighted-count-share","person","organisation","place","name-with-noun","two-words","three-words","compound-parts","one-word-commonness","topic-log-idf","phrase-cohesion","linked-phrase-once","compound-length","implicit-topic","quoted-speaker"],"mean":[0.354405,0.214345,0.665423,0.221071,0.772033,0.543557,0.317824,0.058592,0.04259,0.080241,0.703201,-0.343145,0.6777,-0.37657,0.129739,0.035419,0.03742,0.044559,0.035697,0.043821,0.16322,0.166174,0.017875,0.060797,-0.349475,-0.199655,0.141064,-0.028711,0.010832,0.021664],"scale":[0.554975,0.185946,0.187642,0.45016,0.419521,0.294609,0.465631,0.234859,0.201931,0.067616,0.245989,0.357389,0.237508,0.353483,0.336016,0.128448,0.189789,0.206334,0.185533,0.204696,0.369566,0.372237,0.076438,0.107669,0.350762,0.480819,0.348087,0.134202,0.103512,0.145585],"weights":[0.261046,0.228313,0.094017,-0.023927,-0.24815,0.092445,0.156674,-0.100762,0.022965,0.22802,0.242756,0.187854,0.116298,0.13918,0.182531,-0.006565,0.104504,0.121436,0.078645,-0.17278,0.108026,-0.049874,0.026982,-0.148557,0.182872,0.122487,-0.112397,0.24864,-0.228152,0.164817],"bias":-2.728917};
