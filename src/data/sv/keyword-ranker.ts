// Source: fitted by scripts/train/keywords.ts (npm run train -- keywords) on the editors' keywords of
// ../shared/data/news-dev and news-dev2 (68 articles, 4144 candidates, 570 positive). MIT.
// Generated — do not edit. Refit after any change to the candidates, their features or the steps before.
//
  // log-weighted-count           mean 0.355483  sd 0.553303  weight 0.269204
  // weighted-count-share         mean 0.21399  sd 0.185102  weight 0.206574
  // weighted-count-rank          mean 0.664522  sd 0.188274  weight 0.076654
  // log-count                    mean 0.22144  sd 0.448401  weight -0.004711
  // once                         mean 0.77027  sd 0.420659  weight -0.23346
  // position                     mean 0.544853  sd 0.294472  weight 0.096352
  // in-lead                      mean 0.320946  sd 0.46684  weight 0.156195
  // in-title                     mean 0.058398  sd 0.234494  weight -0.127013
  // topic-in-title               mean 0.042712  sd 0.202208  weight 0.043923
  // spread                       mean 0.080215  sd 0.067169  weight 0.230134
  // idf                          mean 0.699531  sd 0.247265  weight 0.328653
  // log-idf                      mean -0.349324  sd 0.361416  weight 0.286451
  // word-idf                     mean 0.674414  sd 0.238673  weight 0.131485
  // log-word-idf                 mean -0.382304  sd 0.357272  weight 0.171549
  // name                         mean 0.128137  sd 0.334242  weight 0.173706
  // name-weighted-count-share    mean 0.034676  sd 0.12685  weight 0.004433
  // person                       mean 0.037162  sd 0.189159  weight 0.105491
  // organisation                 mean 0.042471  sd 0.201661  weight 0.132758
  // place                        mean 0.03499  sd 0.183755  weight 0.083037
  // name-with-noun               mean 0.043919  sd 0.204915  weight -0.127544
  // two-words                    mean 0.168195  sd 0.374039  weight 0.088332
  // three-words                  mean 0.165058  sd 0.371233  weight -0.025052
  // compound-parts               mean 0.017665  sd 0.07602  weight 0.032028
  // phrase-cohesion              mean -0.201496  sd 0.485492  weight 0.136475
  // linked-phrase-once           mean 0.139237  sd 0.346194  weight -0.102708
  // compound-length              mean -0.029188  sd 0.133525  weight 0.275084
  // implicit-topic               mean 0.010859  sd 0.10364  weight -0.214476
  // quoted-speaker               mean 0.021477  sd 0.144968  weight 0.193091
import type { RankerModel } from '../../pipeline/07-keywords/ranker';

/** The built-in keyword ranker: logistic regression weights over standardised candidate features. */
export const KEYWORD_RANKER: RankerModel = {"features":["log-weighted-count","weighted-count-share","weighted-count-rank","log-count","once","position","in-lead","in-title","topic-in-title","spread","idf","log-idf","word-idf","log-word-idf","name","name-weighted-count-share","person","organisation","place","name-with-noun","two-words","three-words","compound-parts","phrase-cohesion","linked-phrase-once","compound-length","implicit-topic","quoted-speaker"],"mean":[0.355483,0.21399,0.664522,0.22144,0.77027,0.544853,0.320946,0.058398,0.042712,0.080215,0.699531,-0.349324,0.674414,-0.382304,0.128137,0.034676,0.037162,0.042471,0.03499,0.043919,0.168195,0.165058,0.017665,-0.201496,0.139237,-0.029188,0.010859,0.021477],"scale":[0.553303,0.185102,0.188274,0.448401,0.420659,0.294472,0.46684,0.234494,0.202208,0.067169,0.247265,0.361416,0.238673,0.357272,0.334242,0.12685,0.189159,0.201661,0.183755,0.204915,0.374039,0.371233,0.07602,0.485492,0.346194,0.133525,0.10364,0.144968],"weights":[0.269204,0.206574,0.076654,-0.004711,-0.23346,0.096352,0.156195,-0.127013,0.043923,0.230134,0.328653,0.286451,0.131485,0.171549,0.173706,0.004433,0.105491,0.132758,0.083037,-0.127544,0.088332,-0.025052,0.032028,0.136475,-0.102708,0.275084,-0.214476,0.193091],"bias":-2.753261};
