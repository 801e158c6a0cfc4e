// Source: fitted by scripts/train/keywords.ts (npm run train -- keywords) on the editors' keywords of
// ../shared/data/news-dev and news-dev2 (68 articles, 4200 candidates, 563 positive). MIT.
// Generated — do not edit. Refit after any change to the candidates, their features or the steps before.
//
  // log-weighted-count           mean 0.350102  sd 0.551264  weight 0.273387
  // weighted-count-share         mean 0.216059  sd 0.186214  weight 0.173393
  // weighted-count-rank          mean 0.667372  sd 0.18626  weight 0.080137
  // log-count                    mean 0.217137  sd 0.444395  weight -0.000329
  // once                         mean 0.774286  sd 0.418052  weight -0.243102
  // position                     mean 0.543186  sd 0.295854  weight 0.111147
  // in-lead                      mean 0.319048  sd 0.466108  weight 0.133576
  // in-title                     mean 0.059048  sd 0.235714  weight -0.105432
  // topic-in-title               mean 0.042619  sd 0.201997  weight 0.034841
  // spread                       mean 0.079872  sd 0.066659  weight 0.237453
  // idf                          mean 0.698994  sd 0.24701  weight 0.340902
  // log-idf                      mean -0.34993  sd 0.360979  weight 0.295946
  // word-idf                     mean 0.673942  sd 0.238833  weight 0.135894
  // log-word-idf                 mean -0.383316  sd 0.35906  weight 0.168502
  // name                         mean 0.12881  sd 0.334989  weight 0.199164
  // name-weighted-count-share    mean 0.035236  sd 0.127562  weight -0.021918
  // person                       mean 0.037381  sd 0.189693  weight 0.08168
  // organisation                 mean 0.036905  sd 0.188528  weight 0.100043
  // place                        mean 0.034762  sd 0.183176  weight 0.074575
  // name-with-noun               mean 0.044048  sd 0.205201  weight -0.063976
  // two-words                    mean 0.170238  sd 0.375842  weight 0.1086
  // three-words                  mean 0.160714  sd 0.367267  weight -0.028354
  // compound-parts               mean 0.016807  sd 0.073912  weight 0.031297
  // phrase-cohesion              mean -0.203571  sd 0.483771  weight 0.131953
  // linked-phrase-once           mean 0.136905  sd 0.343747  weight -0.124155
  // compound-length              mean -0.030587  sd 0.133339  weight 0.27846
  // implicit-topic               mean 0.010714  sd 0.102954  weight -0.205292
  // quoted-speaker               mean 0.020952  sd 0.143225  weight 0.194779
import type { RankerModel } from '../../pipeline/07-keywords/ranker';

/** The built-in keyword ranker: logistic regression weights over standardised candidate features. */
export const KEYWORD_RANKER: RankerModel = {"features":["log-weighted-count","weighted-count-share","weighted-count-rank","log-count","once","position","in-lead","in-title","topic-in-title","spread","idf","log-idf","word-idf","log-word-idf","name","name-weighted-count-share","person","organisation","place","name-with-noun","two-words","three-words","compound-parts","phrase-cohesion","linked-phrase-once","compound-length","implicit-topic","quoted-speaker"],"mean":[0.350102,0.216059,0.667372,0.217137,0.774286,0.543186,0.319048,0.059048,0.042619,0.079872,0.698994,-0.34993,0.673942,-0.383316,0.12881,0.035236,0.037381,0.036905,0.034762,0.044048,0.170238,0.160714,0.016807,-0.203571,0.136905,-0.030587,0.010714,0.020952],"scale":[0.551264,0.186214,0.18626,0.444395,0.418052,0.295854,0.466108,0.235714,0.201997,0.066659,0.24701,0.360979,0.238833,0.35906,0.334989,0.127562,0.189693,0.188528,0.183176,0.205201,0.375842,0.367267,0.073912,0.483771,0.343747,0.133339,0.102954,0.143225],"weights":[0.273387,0.173393,0.080137,-0.000329,-0.243102,0.111147,0.133576,-0.105432,0.034841,0.237453,0.340902,0.295946,0.135894,0.168502,0.199164,-0.021918,0.08168,0.100043,0.074575,-0.063976,0.1086,-0.028354,0.031297,0.131953,-0.124155,0.27846,-0.205292,0.194779],"bias":-2.795386};
