// Source: fitted by scripts/train/keywords.ts (npm run train -- keywords) on the editors' keywords of
// ../shared/data/news-dev and news-dev2 (68 articles, 4066 candidates, 576 positive). MIT.
// Generated — do not edit. Refit after any change to the candidates, their features or the steps before.
//
  // log-weighted-count           mean 0.353867  sd 0.554809  weight 0.265112
  // weighted-count-share         mean 0.214496  sd 0.185964  weight 0.229682
  // weighted-count-rank          mean 0.665348  sd 0.187943  weight 0.100355
  // log-count                    mean 0.220657  sd 0.449777  weight -0.025637
  // once                         mean 0.772504  sd 0.419216  weight -0.242698
  // position                     mean 0.543668  sd 0.294687  weight 0.087489
  // in-lead                      mean 0.318249  sd 0.465797  weight 0.15368
  // in-title                     mean 0.058534  sd 0.234751  weight -0.113216
  // topic-in-title               mean 0.042548  sd 0.201836  weight 0.031865
  // spread                       mean 0.080194  sd 0.067523  weight 0.228209
  // idf                          mean 0.703493  sd 0.246044  weight 0.245901
  // log-idf                      mean -0.342759  sd 0.357425  weight 0.190463
  // word-idf                     mean 0.677821  sd 0.23745  weight 0.113357
  // log-word-idf                 mean -0.376367  sd 0.35339  weight 0.133887
  // name                         mean 0.130595  sd 0.336957  weight 0.187064
  // name-weighted-count-share    mean 0.035544  sd 0.128455  weight -0.017786
  // person                       mean 0.037383  sd 0.189699  weight 0.102832
  // organisation                 mean 0.044761  sd 0.20678  weight 0.127056
  // place                        mean 0.036399  sd 0.187282  weight 0.070725
  // name-with-noun               mean 0.043778  sd 0.2046  weight -0.171808
  // two-words                    mean 0.16306  sd 0.36942  weight 0.114487
  // three-words                  mean 0.166011  sd 0.37209  weight -0.049937
  // compound-parts               mean 0.017858  sd 0.076402  weight 0.025652
  // one-word-commonness          mean 0.060737  sd 0.107633  weight -0.147621
  // topic-log-idf                mean -0.349131  sd 0.350761  weight 0.185313
  // phrase-cohesion              mean -0.199459  sd 0.480623  weight 0.124493
  // linked-phrase-once           mean 0.140925  sd 0.347944  weight -0.111579
  // compound-length              mean -0.028682  sd 0.134139  weight 0.248681
  // implicit-topic               mean 0.010821  sd 0.103462  weight -0.221048
  // quoted-speaker               mean 0.021643  sd 0.145515  weight 0.164493
import type { RankerModel } from '../../pipeline/07-keywords/ranker';

/** The built-in keyword ranker: logistic regression weights over standardised candidate features. */
export const KEYWORD_RANKER: RankerModel = {"features":["log-weighted-count","weighted-count-share","weighted-count-rank","log-count","once","position","in-lead","in-title","topic-in-title","spread","idf","log-idf","word-idf","log-word-idf","name","name-weighted-count-share","person","organisation","place","name-with-noun","two-words","three-words","compound-parts","one-word-commonness","topic-log-idf","phrase-cohesion","linked-phrase-once","compound-length","implicit-topic","quoted-speaker"],"mean":[0.353867,0.214496,0.665348,0.220657,0.772504,0.543668,0.318249,0.058534,0.042548,0.080194,0.703493,-0.342759,0.677821,-0.376367,0.130595,0.035544,0.037383,0.044761,0.036399,0.043778,0.16306,0.166011,0.017858,0.060737,-0.349131,-0.199459,0.140925,-0.028682,0.010821,0.021643],"scale":[0.554809,0.185964,0.187943,0.449777,0.419216,0.294687,0.465797,0.234751,0.201836,0.067523,0.246044,0.357425,0.23745,0.35339,0.336957,0.128455,0.189699,0.20678,0.187282,0.2046,0.36942,0.37209,0.076402,0.107633,0.350761,0.480623,0.347944,0.134139,0.103462,0.145515],"weights":[0.265112,0.229682,0.100355,-0.025637,-0.242698,0.087489,0.15368,-0.113216,0.031865,0.228209,0.245901,0.190463,0.113357,0.133887,0.187064,-0.017786,0.102832,0.127056,0.070725,-0.171808,0.114487,-0.049937,0.025652,-0.147621,0.185313,0.124493,-0.111579,0.248681,-0.221048,0.164493],"bias":-2.727612};
