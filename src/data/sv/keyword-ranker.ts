// Source: fitted by scripts/train/keywords.ts (npm run train -- keywords) on the editors' keywords of
// ../shared/data/news-dev and news-dev2 (68 articles, 4162 candidates, 570 positive). MIT.
// Generated — do not edit. Refit after any change to the candidates, their features or the steps before.
//
  // log-weighted-count           mean 0.354607  sd 0.552179  weight 0.272444
  // weighted-count-share         mean 0.214194  sd 0.184766  weight 0.201674
  // weighted-count-rank          mean 0.664427  sd 0.188386  weight 0.07149
  // log-count                    mean 0.220514  sd 0.447373  weight 0.001815
  // once                         mean 0.771024  sd 0.420174  weight -0.230343
  // position                     mean 0.544741  sd 0.295027  weight 0.091548
  // in-lead                      mean 0.32148  sd 0.467045  weight 0.155885
  // in-title                     mean 0.058145  sd 0.234018  weight -0.104373
  // topic-in-title               mean 0.042047  sd 0.200697  weight 0.016101
  // spread                       mean 0.080143  sd 0.067038  weight 0.233522
  // idf                          mean 0.700666  sd 0.247465  weight 0.338669
  // log-idf                      mean -0.347808  sd 0.361515  weight 0.30388
  // word-idf                     mean 0.675173  sd 0.238728  weight 0.119705
  // log-word-idf                 mean -0.381187  sd 0.357089  weight 0.163461
  // name                         mean 0.130226  sd 0.336552  weight 0.171066
  // name-weighted-count-share    mean 0.035377  sd 0.127807  weight 0.011477
  // person                       mean 0.037001  sd 0.188765  weight 0.103001
  // organisation                 mean 0.043008  sd 0.202875  weight 0.122612
  // place                        mean 0.03532  sd 0.184586  weight 0.075126
  // name-with-noun               mean 0.04421  sd 0.20556  weight -0.137436
  // two-words                    mean 0.168188  sd 0.374033  weight 0.088569
  // three-words                  mean 0.164584  sd 0.370805  weight -0.019633
  // compound-parts               mean 0.017611  sd 0.075803  weight 0.033213
  // phrase-cohesion              mean -0.200865  sd 0.485265  weight 0.137247
  // linked-phrase-once           mean 0.138876  sd 0.345817  weight -0.100205
  // compound-length              mean -0.028838  sd 0.133418  weight 0.279485
  // implicit-topic               mean 0.010572  sd 0.102275  weight -0.220049
  // quoted-speaker               mean 0.021384  sd 0.144661  weight 0.192201
import type { RankerModel } from '../../pipeline/07-keywords/ranker';

/** The built-in keyword ranker: logistic regression weights over standardised candidate features. */
export const KEYWORD_RANKER: RankerModel = {"features":["log-weighted-count","weighted-count-share","weighted-count-rank","log-count","once","position","in-lead","in-title","topic-in-title","spread","idf","log-idf","word-idf","log-word-idf","name","name-weighted-count-share","person","organisation","place","name-with-noun","two-words","three-words","compound-parts","phrase-cohesion","linked-phrase-once","compound-length","implicit-topic","quoted-speaker"],"mean":[0.354607,0.214194,0.664427,0.220514,0.771024,0.544741,0.32148,0.058145,0.042047,0.080143,0.700666,-0.347808,0.675173,-0.381187,0.130226,0.035377,0.037001,0.043008,0.03532,0.04421,0.168188,0.164584,0.017611,-0.200865,0.138876,-0.028838,0.010572,0.021384],"scale":[0.552179,0.184766,0.188386,0.447373,0.420174,0.295027,0.467045,0.234018,0.200697,0.067038,0.247465,0.361515,0.238728,0.357089,0.336552,0.127807,0.188765,0.202875,0.184586,0.20556,0.374033,0.370805,0.075803,0.485265,0.345817,0.133418,0.102275,0.144661],"weights":[0.272444,0.201674,0.07149,0.001815,-0.230343,0.091548,0.155885,-0.104373,0.016101,0.233522,0.338669,0.30388,0.119705,0.163461,0.171066,0.011477,0.103001,0.122612,0.075126,-0.137436,0.088569,-0.019633,0.033213,0.137247,-0.100205,0.279485,-0.220049,0.192201],"bias":-2.760812};
