// Source: fitted by scripts/train/keywords.ts (npm run train -- keywords) on the editors' keywords of
// ../shared/data/news-dev and news-dev2 (68 articles, 4104 candidates, 570 positive). MIT.
// Generated — do not edit. Refit after any change to the candidates, their features or the steps before.
//
  // log-weighted-count           mean 0.354872  sd 0.55417  weight 0.259914
  // weighted-count-share         mean 0.213587  sd 0.185109  weight 0.214145
  // weighted-count-rank          mean 0.664736  sd 0.187962  weight 0.085721
  // log-count                    mean 0.221613  sd 0.449396  weight -0.012506
  // once                         mean 0.770712  sd 0.420375  weight -0.239354
  // position                     mean 0.544231  sd 0.29459  weight 0.093203
  // in-lead                      mean 0.319201  sd 0.466167  weight 0.160379
  // in-title                     mean 0.058236  sd 0.234189  weight -0.127606
  // topic-in-title               mean 0.042398  sd 0.201495  weight 0.043074
  // spread                       mean 0.080198  sd 0.067384  weight 0.229176
  // idf                          mean 0.700563  sd 0.247735  weight 0.321366
  // log-idf                      mean -0.348134  sd 0.362147  weight 0.281601
  // word-idf                     mean 0.675181  sd 0.239187  weight 0.131456
  // log-word-idf                 mean -0.381469  sd 0.358073  weight 0.173048
  // name                         mean 0.129386  sd 0.335627  weight 0.173051
  // name-weighted-count-share    mean 0.035014  sd 0.12742  weight 0.00244
  // person                       mean 0.037524  sd 0.190043  weight 0.100349
  // organisation                 mean 0.042885  sd 0.202598  weight 0.131862
  // place                        mean 0.035331  sd 0.184616  weight 0.084572
  // name-with-noun               mean 0.044347  sd 0.205865  weight -0.134559
  // two-words                    mean 0.162768  sd 0.369154  weight 0.107661
  // three-words                  mean 0.165692  sd 0.371804  weight -0.023074
  // compound-parts               mean 0.017837  sd 0.076369  weight 0.031547
  // phrase-cohesion              mean -0.19883  sd 0.481063  weight 0.143278
  // linked-phrase-once           mean 0.140595  sd 0.347603  weight -0.104483
  // compound-length              mean -0.029229  sd 0.133942  weight 0.277399
  // implicit-topic               mean 0.010965  sd 0.104138  weight -0.213913
  // quoted-speaker               mean 0.021686  sd 0.145657  weight 0.192043
import type { RankerModel } from '../../pipeline/07-keywords/ranker';

/** The built-in keyword ranker: logistic regression weights over standardised candidate features. */
export const KEYWORD_RANKER: RankerModel = {"features":["log-weighted-count","weighted-count-share","weighted-count-rank","log-count","once","position","in-lead","in-title","topic-in-title","spread","idf","log-idf","word-idf","log-word-idf","name","name-weighted-count-share","person","organisation","place","name-with-noun","two-words","three-words","compound-parts","phrase-cohesion","linked-phrase-once","compound-length","implicit-topic","quoted-speaker"],"mean":[0.354872,0.213587,0.664736,0.221613,0.770712,0.544231,0.319201,0.058236,0.042398,0.080198,0.700563,-0.348134,0.675181,-0.381469,0.129386,0.035014,0.037524,0.042885,0.035331,0.044347,0.162768,0.165692,0.017837,-0.19883,0.140595,-0.029229,0.010965,0.021686],"scale":[0.55417,0.185109,0.187962,0.449396,0.420375,0.29459,0.466167,0.234189,0.201495,0.067384,0.247735,0.362147,0.239187,0.358073,0.335627,0.12742,0.190043,0.202598,0.184616,0.205865,0.369154,0.371804,0.076369,0.481063,0.347603,0.133942,0.104138,0.145657],"weights":[0.259914,0.214145,0.085721,-0.012506,-0.239354,0.093203,0.160379,-0.127606,0.043074,0.229176,0.321366,0.281601,0.131456,0.173048,0.173051,0.00244,0.100349,0.131862,0.084572,-0.134559,0.107661,-0.023074,0.031547,0.143278,-0.104483,0.277399,-0.213913,0.192043],"bias":-2.737535};
