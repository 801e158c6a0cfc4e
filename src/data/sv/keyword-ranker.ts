// Source: fitted by scripts/train/keywords.ts (npm run train -- keywords) on the editors' keywords of
// ../shared/data/news-dev and news-dev2 (68 articles, 4143 candidates, 570 positive). MIT.
// Generated — do not edit. Refit after any change to the candidates, their features or the steps before.
//
  // log-weighted-count           mean 0.355569  sd 0.553552  weight 0.267294
  // weighted-count-share         mean 0.214042  sd 0.18524  weight 0.203727
  // weighted-count-rank          mean 0.664616  sd 0.188301  weight 0.076119
  // log-count                    mean 0.221493  sd 0.448701  weight -0.007386
  // once                         mean 0.770456  sd 0.420539  weight -0.238664
  // position                     mean 0.544943  sd 0.29445  weight 0.095029
  // in-lead                      mean 0.321023  sd 0.46687  weight 0.15837
  // in-title                     mean 0.058412  sd 0.23452  weight -0.125881
  // topic-in-title               mean 0.042723  sd 0.202231  weight 0.045045
  // spread                       mean 0.080234  sd 0.067206  weight 0.22948
  // idf                          mean 0.699458  sd 0.247251  weight 0.3285
  // log-idf                      mean -0.34942  sd 0.361406  weight 0.286095
  // word-idf                     mean 0.674335  sd 0.238648  weight 0.131375
  // log-word-idf                 mean -0.382408  sd 0.357253  weight 0.171257
  // name                         mean 0.128168  sd 0.334277  weight 0.172758
  // name-weighted-count-share    mean 0.034685  sd 0.126864  weight 0.006078
  // person                       mean 0.037171  sd 0.189181  weight 0.105505
  // organisation                 mean 0.042481  sd 0.201684  weight 0.132598
  // place                        mean 0.034999  sd 0.183777  weight 0.082789
  // name-with-noun               mean 0.04393  sd 0.204938  weight -0.127614
  // two-words                    mean 0.168236  sd 0.374075  weight 0.087746
  // three-words                  mean 0.165098  sd 0.371269  weight -0.025683
  // compound-parts               mean 0.01767  sd 0.076029  weight 0.032486
  // phrase-cohesion              mean -0.201545  sd 0.48554  weight 0.136192
  // linked-phrase-once           mean 0.139271  sd 0.346229  weight -0.102929
  // compound-length              mean -0.029243  sd 0.133494  weight 0.274817
  // implicit-topic               mean 0.010862  sd 0.103652  weight -0.21423
  // quoted-speaker               mean 0.021482  sd 0.144985  weight 0.193134
import type { RankerModel } from '../../pipeline/07-keywords/ranker';

/** The built-in keyword ranker: logistic regression weights over standardised candidate features. */
export const KEYWORD_RANKER: RankerModel = {"features":["log-weighted-count","weighted-count-share","weighted-count-rank","log-count","once","position","in-lead","in-title","topic-in-title","spread","idf","log-idf","word-idf","log-word-idf","name","name-weighted-count-share","person","organisation","place","name-with-noun","two-words","three-words","compound-parts","phrase-cohesion","linked-phrase-once","compound-length","implicit-topic","quoted-speaker"],"mean":[0.355569,0.214042,0.664616,0.221493,0.770456,0.544943,0.321023,0.058412,0.042723,0.080234,0.699458,-0.34942,0.674335,-0.382408,0.128168,0.034685,0.037171,0.042481,0.034999,0.04393,0.168236,0.165098,0.01767,-0.201545,0.139271,-0.029243,0.010862,0.021482],"scale":[0.553552,0.18524,0.188301,0.448701,0.420539,0.29445,0.46687,0.23452,0.202231,0.067206,0.247251,0.361406,0.238648,0.357253,0.334277,0.126864,0.189181,0.201684,0.183777,0.204938,0.374075,0.371269,0.076029,0.48554,0.346229,0.133494,0.103652,0.144985],"weights":[0.267294,0.203727,0.076119,-0.007386,-0.238664,0.095029,0.15837,-0.125881,0.045045,0.22948,0.3285,0.286095,0.131375,0.171257,0.172758,0.006078,0.105505,0.132598,0.082789,-0.127614,0.087746,-0.025683,0.032486,0.136192,-0.102929,0.274817,-0.21423,0.193134],"bias":-2.75207};
