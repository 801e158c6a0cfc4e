// Source: fitted by scripts/train/keywords.ts (npm run train -- keywords) on the editors' keywords of
// ../shared/data/news-dev and news-dev2 (68 articles, 4140 candidates, 570 positive). MIT.
// Generated — do not edit. Refit after any change to the candidates, their features or the steps before.
//
  // log-weighted-count           mean 0.355351  sd 0.553265  weight 0.270602
  // weighted-count-share         mean 0.214535  sd 0.185682  weight 0.207228
  // weighted-count-rank          mean 0.664517  sd 0.188331  weight 0.087245
  // log-count                    mean 0.221151  sd 0.448425  weight -0.007704
  // once                         mean 0.770773  sd 0.420336  weight -0.227271
  // position                     mean 0.544564  sd 0.29451  weight 0.099606
  // in-lead                      mean 0.320773  sd 0.466774  weight 0.145914
  // in-title                     mean 0.058454  sd 0.2346  weight -0.106753
  // topic-in-title               mean 0.042754  sd 0.202301  weight 0.028893
  // spread                       mean 0.080212  sd 0.067194  weight 0.22888
  // idf                          mean 0.699532  sd 0.247259  weight 0.337823
  // log-idf                      mean -0.349314  sd 0.361386  weight 0.291293
  // word-idf                     mean 0.674476  sd 0.238533  weight 0.126781
  // log-word-idf                 mean -0.382119  sd 0.356944  weight 0.165214
  // name                         mean 0.128261  sd 0.33438  weight 0.194774
  // name-weighted-count-share    mean 0.0348  sd 0.127053  weight -0.013124
  // person                       mean 0.036715  sd 0.188061  weight 0.108939
  // organisation                 mean 0.043961  sd 0.205009  weight 0.125693
  // place                        mean 0.035749  sd 0.185663  weight 0.07433
  // name-with-noun               mean 0.043237  sd 0.20339  weight -0.15876
  // two-words                    mean 0.168116  sd 0.373969  weight 0.098845
  // three-words                  mean 0.164976  sd 0.371159  weight -0.03061
  // compound-parts               mean 0.017682  sd 0.076055  weight 0.029583
  // phrase-cohesion              mean -0.201449  sd 0.48504  weight 0.129744
  // linked-phrase-once           mean 0.13913  sd 0.346083  weight -0.097571
  // compound-length              mean -0.029265  sd 0.13354  weight 0.275823
  // implicit-topic               mean 0.010628  sd 0.102543  weight -0.209929
  // quoted-speaker               mean 0.021256  sd 0.144237  weight 0.165491
import type { RankerModel } from '../../pipeline/07-keywords/ranker';

/** The built-in keyword ranker: logistic regression weights over standardised candidate features. */
export const KEYWORD_RANKER: RankerModel = {"features":["log-weighted-count","weighted-count-share","weighted-count-rank","log-count","once","position","in-lead","in-title","topic-in-title","spread","idf","log-idf","word-idf","log-word-idf","name","name-weighted-count-share","person","organisation","place","name-with-noun","two-words","three-words","compound-parts","phrase-cohesion","linked-phrase-once","compound-length","implicit-topic","quoted-speaker"],"mean":[0.355351,0.214535,0.664517,0.221151,0.770773,0.544564,0.320773,0.058454,0.042754,0.080212,0.699532,-0.349314,0.674476,-0.382119,0.128261,0.0348,0.036715,0.043961,0.035749,0.043237,0.168116,0.164976,0.017682,-0.201449,0.13913,-0.029265,0.010628,0.021256],"scale":[0.553265,0.185682,0.188331,0.448425,0.420336,0.29451,0.466774,0.2346,0.202301,0.067194,0.247259,0.361386,0.238533,0.356944,0.33438,0.127053,0.188061,0.205009,0.185663,0.20339,0.373969,0.371159,0.076055,0.48504,0.346083,0.13354,0.102543,0.144237],"weights":[0.270602,0.207228,0.087245,-0.007704,-0.227271,0.099606,0.145914,-0.106753,0.028893,0.22888,0.337823,0.291293,0.126781,0.165214,0.194774,-0.013124,0.108939,0.125693,0.07433,-0.15876,0.098845,-0.03061,0.029583,0.129744,-0.097571,0.275823,-0.209929,0.165491],"bias":-2.754163};
