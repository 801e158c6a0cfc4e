// Source: fitted by scripts/train/keywords.ts (npm run train -- keywords) on the editors' keywords of
// ../shared/data/news-dev and news-dev2 (68 articles, 4058 candidates, 574 positive). MIT.
// Generated — do not edit. Refit after any change to the candidates, their features or the steps before.
//
  // log-weighted-count           mean 0.354358  sd 0.555891  weight 0.259346
  // weighted-count-share         mean 0.213947  sd 0.186137  weight 0.228366
  // weighted-count-rank          mean 0.665666  sd 0.187533  weight 0.094284
  // log-count                    mean 0.221101  sd 0.451007  weight -0.020983
  // once                         mean 0.772302  sd 0.419347  weight -0.253348
  // position                     mean 0.543339  sd 0.294587  weight 0.089664
  // in-lead                      mean 0.317398  sd 0.465464  weight 0.153731
  // in-title                     mean 0.05865  sd 0.234968  weight -0.101768
  // topic-in-title               mean 0.042632  sd 0.202026  weight 0.025264
  // spread                       mean 0.080287  sd 0.067722  weight 0.227225
  // idf                          mean 0.702908  sd 0.245934  weight 0.247
  // log-idf                      mean -0.343531  sd 0.357353  weight 0.191804
  // word-idf                     mean 0.677747  sd 0.237472  weight 0.110229
  // log-word-idf                 mean -0.37648  sd 0.353409  weight 0.13156
  // name                         mean 0.128881  sd 0.335068  weight 0.180459
  // name-weighted-count-share    mean 0.035373  sd 0.128866  weight -0.006842
  // person                       mean 0.037457  sd 0.189879  weight 0.103612
  // organisation                 mean 0.043618  sd 0.204243  weight 0.115828
  // place                        mean 0.035732  sd 0.185621  weight 0.078379
  // name-with-noun               mean 0.043864  sd 0.204792  weight -0.172878
  // two-words                    mean 0.163381  sd 0.369713  weight 0.11003
  // three-words                  mean 0.165599  sd 0.37172  weight -0.046742
  // compound-parts               mean 0.017893  sd 0.076473  weight 0.028008
  // one-word-commonness          mean 0.060857  sd 0.107705  weight -0.149245
  // topic-log-idf                mean -0.349819  sd 0.350763  weight 0.186998
  // phrase-cohesion              mean -0.199852  sd 0.481015  weight 0.121405
  // linked-phrase-once           mean 0.141203  sd 0.34823  weight -0.113049
  // compound-length              mean -0.028739  sd 0.134265  weight 0.249953
  // implicit-topic               mean 0.010843  sd 0.103563  weight -0.230754
  // quoted-speaker               mean 0.021686  sd 0.145655  weight 0.164589
import type { RankerModel } from '../../pipeline/07-keywords/ranker';

/** The built-in keyword ranker: logistic regression weights over standardised candidate features. */
export const KEYWORD_RANKER: RankerModel = {"features":["log-weighted-count","weighted-count-share","weighted-count-rank","log-count","once","position","in-lead","in-title","topic-in-title","spread","idf","log-idf","word-idf","log-word-idf","name","name-weighted-count-share","person","organisation","place","name-with-noun","two-words","three-words","compound-parts","one-word-commonness","topic-log-idf","phrase-cohesion","linked-phrase-once","compound-length","implicit-topic","quoted-speaker"],"mean":[0.354358,0.213947,0.665666,0.221101,0.772302,0.543339,0.317398,0.05865,0.042632,0.080287,0.702908,-0.343531,0.677747,-0.37648,0.128881,0.035373,0.037457,0.043618,0.035732,0.043864,0.163381,0.165599,0.017893,0.060857,-0.349819,-0.199852,0.141203,-0.028739,0.010843,0.021686],"scale":[0.555891,0.186137,0.187533,0.451007,0.419347,0.294587,0.465464,0.234968,0.202026,0.067722,0.245934,0.357353,0.237472,0.353409,0.335068,0.128866,0.189879,0.204243,0.185621,0.204792,0.369713,0.37172,0.076473,0.107705,0.350763,0.481015,0.34823,0.134265,0.103563,0.145655],"weights":[0.259346,0.228366,0.094284,-0.020983,-0.253348,0.089664,0.153731,-0.101768,0.025264,0.227225,0.247,0.191804,0.110229,0.13156,0.180459,-0.006842,0.103612,0.115828,0.078379,-0.172878,0.11003,-0.046742,0.028008,-0.149245,0.186998,0.121405,-0.113049,0.249953,-0.230754,0.164589],"bias":-2.731292};
