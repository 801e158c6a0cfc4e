// Source: fitted by scripts/train/keywords.ts (npm run train -- keywords) on the editors' keywords of
// ../shared/data/news-dev and news-dev2 (68 articles, 4156 candidates, 570 positive). MIT.
// Generated — do not edit. Refit after any change to the candidates, their features or the steps before.
//
  // log-weighted-count           mean 0.356364  sd 0.554489  weight 0.2623
  // weighted-count-share         mean 0.214276  sd 0.185653  weight 0.216577
  // weighted-count-rank          mean 0.664468  sd 0.188457  weight 0.0774
  // log-count                    mean 0.221692  sd 0.44872  weight -0.008227
  // once                         mean 0.769971  sd 0.420851  weight -0.234802
  // position                     mean 0.545259  sd 0.294653  weight 0.093014
  // in-lead                      mean 0.321463  sd 0.467038  weight 0.16718
  // in-title                     mean 0.059192  sd 0.235983  weight -0.137469
  // topic-in-title               mean 0.04307  sd 0.203015  weight 0.045325
  // spread                       mean 0.080298  sd 0.067392  weight 0.225272
  // idf                          mean 0.69967  sd 0.247174  weight 0.331353
  // log-idf                      mean -0.349068  sd 0.361204  weight 0.287011
  // word-idf                     mean 0.674884  sd 0.238614  weight 0.134643
  // log-word-idf                 mean -0.381546  sd 0.356934  weight 0.163779
  // name                         mean 0.127767  sd 0.33383  weight 0.193517
  // name-weighted-count-share    mean 0.034536  sd 0.126443  weight -0.014716
  // person                       mean 0.037536  sd 0.190071  weight 0.086258
  // organisation                 mean 0.038499  sd 0.192397  weight 0.115445
  // place                        mean 0.035371  sd 0.184715  weight 0.075472
  // name-with-noun               mean 0.045236  sd 0.207821  weight -0.079074
  // two-words                    mean 0.168191  sd 0.374035  weight 0.097898
  // three-words                  mean 0.164822  sd 0.37102  weight -0.039579
  // compound-parts               mean 0.017756  sd 0.076316  weight 0.029576
  // phrase-cohesion              mean -0.201155  sd 0.486545  weight 0.140697
  // linked-phrase-once           mean 0.139317  sd 0.346277  weight -0.104368
  // compound-length              mean -0.028831  sd 0.133556  weight 0.275523
  // implicit-topic               mean 0.010587  sd 0.102348  weight -0.206084
  // quoted-speaker               mean 0.021415  sd 0.144763  weight 0.199855
import type { RankerModel } from '../../pipeline/07-keywords/ranker';

/** The built-in keyword ranker: logistic regression weights over standardised candidate features. */
export const KEYWORD_RANKER: RankerModel = {"features":["log-weighted-count","weighted-count-share","weighted-count-rank","log-count","once","position","in-lead","in-title","topic-in-title","spread","idf","log-idf","word-idf","log-word-idf","name","name-weighted-count-share","person","organisation","place","name-with-noun","two-words","three-words","compound-parts","phrase-cohesion","linked-phrase-once","compound-length","implicit-topic","quoted-speaker"],"mean":[0.356364,0.214276,0.664468,0.221692,0.769971,0.545259,0.321463,0.059192,0.04307,0.080298,0.69967,-0.349068,0.674884,-0.381546,0.127767,0.034536,0.037536,0.038499,0.035371,0.045236,0.168191,0.164822,0.017756,-0.201155,0.139317,-0.028831,0.010587,0.021415],"scale":[0.554489,0.185653,0.188457,0.44872,0.420851,0.294653,0.467038,0.235983,0.203015,0.067392,0.247174,0.361204,0.238614,0.356934,0.33383,0.126443,0.190071,0.192397,0.184715,0.207821,0.374035,0.37102,0.076316,0.486545,0.346277,0.133556,0.102348,0.144763],"weights":[0.2623,0.216577,0.0774,-0.008227,-0.234802,0.093014,0.16718,-0.137469,0.045325,0.225272,0.331353,0.287011,0.134643,0.163779,0.193517,-0.014716,0.086258,0.115445,0.075472,-0.079074,0.097898,-0.039579,0.029576,0.140697,-0.104368,0.275523,-0.206084,0.199855],"bias":-2.748778};
