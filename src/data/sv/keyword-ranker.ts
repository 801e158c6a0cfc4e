// Source: fitted by scripts/train/keywords.ts (npm run train -- keywords) on the editors' keywords of
// ../shared/data/news-dev and news-dev2 (68 articles, 4197 candidates, 563 positive). MIT.
// Generated — do not edit. Refit after any change to the candidates, their features or the steps before.
//
  // log-weighted-count           mean 0.350222  sd 0.5514  weight 0.272573
  // weighted-count-share         mean 0.216049  sd 0.186267  weight 0.174363
  // weighted-count-rank          mean 0.66735  sd 0.186339  weight 0.080953
  // log-count                    mean 0.217292  sd 0.444516  weight -0.000656
  // once                         mean 0.774124  sd 0.418158  weight -0.242393
  // position                     mean 0.543168  sd 0.295765  weight 0.111906
  // in-lead                      mean 0.319037  sd 0.466104  weight 0.133429
  // in-title                     mean 0.05909  sd 0.235793  weight -0.105553
  // topic-in-title               mean 0.04265  sd 0.202066  weight 0.034399
  // spread                       mean 0.079885  sd 0.066681  weight 0.237569
  // idf                          mean 0.698779  sd 0.246968  weight 0.341918
  // log-idf                      mean -0.350215  sd 0.360951  weight 0.296319
  // word-idf                     mean 0.673709  sd 0.238759  weight 0.136496
  // log-word-idf                 mean -0.383625  sd 0.359002  weight 0.168482
  // name                         mean 0.128902  sd 0.335091  weight 0.198444
  // name-weighted-count-share    mean 0.035262  sd 0.127604  weight -0.022163
  // person                       mean 0.037408  sd 0.189759  weight 0.081469
  // organisation                 mean 0.036931  sd 0.188593  weight 0.099932
  // place                        mean 0.034787  sd 0.183239  weight 0.074576
  // name-with-noun               mean 0.044079  sd 0.205271  weight -0.064408
  // two-words                    mean 0.170122  sd 0.37574  weight 0.109195
  // three-words                  mean 0.160829  sd 0.367373  weight -0.028048
  // compound-parts               mean 0.016788  sd 0.073917  weight 0.031371
  // phrase-cohesion              mean -0.203479  sd 0.483768  weight 0.13143
  // linked-phrase-once           mean 0.137003  sd 0.34385  weight -0.124412
  // compound-length              mean -0.030609  sd 0.133384  weight 0.27756
  // implicit-topic               mean 0.010722  sd 0.10299  weight -0.205146
  // quoted-speaker               mean 0.020967  sd 0.143275  weight 0.194786
import type { RankerModel } from '../../pipeline/07-keywords/ranker';

/** The built-in keyword ranker: logistic regression weights over standardised candidate features. */
export const KEYWORD_RANKER: RankerModel = {"features":["log-weighted-count","weighted-count-share","weighted-count-rank","log-count","once","position","in-lead","in-title","topic-in-title","spread","idf","log-idf","word-idf","log-word-idf","name","name-weighted-count-share","person","organisation","place","name-with-noun","two-words","three-words","compound-parts","phrase-cohesion","linked-phrase-once","compound-length","implicit-topic","quoted-speaker"],"mean":[0.350222,0.216049,0.66735,0.217292,0.774124,0.543168,0.319037,0.05909,0.04265,0.079885,0.698779,-0.350215,0.673709,-0.383625,0.128902,0.035262,0.037408,0.036931,0.034787,0.044079,0.170122,0.160829,0.016788,-0.203479,0.137003,-0.030609,0.010722,0.020967],"scale":[0.5514,0.186267,0.186339,0.444516,0.418158,0.295765,0.466104,0.235793,0.202066,0.066681,0.246968,0.360951,0.238759,0.359002,0.335091,0.127604,0.189759,0.188593,0.183239,0.205271,0.37574,0.367373,0.073917,0.483768,0.34385,0.133384,0.10299,0.143275],"weights":[0.272573,0.174363,0.080953,-0.000656,-0.242393,0.111906,0.133429,-0.105553,0.034399,0.237569,0.341918,0.296319,0.136496,0.168482,0.198444,-0.022163,0.081469,0.099932,0.074576,-0.064408,0.109195,-0.028048,0.031371,0.13143,-0.124412,0.27756,-0.205146,0.194786],"bias":-2.794956};
