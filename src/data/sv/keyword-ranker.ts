// Source: fitted by scripts/train/keywords.ts (npm run train -- keywords) on the editors' keywords of
// ../shared/data/news-dev and news-dev2 (68 articles, 4139 candidates, 571 positive). MIT.
// Generated — do not edit. Refit after any change to the candidates, their features or the steps before.
//
  // log-weighted-count           mean 0.355443  sd 0.553292  weight 0.273031
  // weighted-count-share         mean 0.215033  sd 0.185983  weight 0.208954
  // weighted-count-rank          mean 0.664555  sd 0.188293  weight 0.085654
  // log-count                    mean 0.221303  sd 0.448354  weight -0.008137
  // once                         mean 0.770476  sd 0.420527  weight -0.22506
  // position                     mean 0.54449  sd 0.294508  weight 0.099395
  // in-lead                      mean 0.320609  sd 0.466711  weight 0.146866
  // in-title                     mean 0.058468  sd 0.234627  weight -0.110515
  // topic-in-title               mean 0.042764  sd 0.202324  weight 0.030974
  // spread                       mean 0.080199  sd 0.067165  weight 0.228895
  // idf                          mean 0.699524  sd 0.247288  weight 0.336037
  // log-idf                      mean -0.349339  sd 0.361426  weight 0.289881
  // word-idf                     mean 0.674462  sd 0.238561  weight 0.12867
  // log-word-idf                 mean -0.382152  sd 0.356981  weight 0.166474
  // name                         mean 0.128292  sd 0.334414  weight 0.192794
  // name-weighted-count-share    mean 0.034917  sd 0.127404  weight -0.005226
  // person                       mean 0.036724  sd 0.188083  weight 0.108739
  // organisation                 mean 0.043972  sd 0.205033  weight 0.129086
  // place                        mean 0.035757  sd 0.185685  weight 0.07364
  // name-with-noun               mean 0.043006  sd 0.20287  weight -0.156789
  // two-words                    mean 0.168157  sd 0.374005  weight 0.096929
  // three-words                  mean 0.164774  sd 0.370977  weight -0.032134
  // compound-parts               mean 0.017687  sd 0.076063  weight 0.028942
  // phrase-cohesion              mean -0.201256  sd 0.48494  weight 0.130152
  // linked-phrase-once           mean 0.138922  sd 0.345866  weight -0.096616
  // compound-length              mean -0.029272  sd 0.133555  weight 0.276018
  // implicit-topic               mean 0.010631  sd 0.102555  weight -0.211323
  // quoted-speaker               mean 0.021261  sd 0.144254  weight 0.165511
import type { RankerModel } from '../../pipeline/07-keywords/ranker';

/** The built-in keyword ranker: logistic regression weights over standardised candidate features. */
export const KEYWORD_RANKER: RankerModel = {"features":["log-weighted-count","weighted-count-share","weighted-count-rank","log-count","once","position","in-lead","in-title","topic-in-title","spread","idf","log-idf","word-idf","log-word-idf","name","name-weighted-count-share","person","organisation","place","name-with-noun","two-words","three-words","compound-parts","phrase-cohesion","linked-phrase-once","compound-length","implicit-topic","quoted-speaker"],"mean":[0.355443,0.215033,0.664555,0.221303,0.770476,0.54449,0.320609,0.058468,0.042764,0.080199,0.699524,-0.349339,0.674462,-0.382152,0.128292,0.034917,0.036724,0.043972,0.035757,0.043006,0.168157,0.164774,0.017687,-0.201256,0.138922,-0.029272,0.010631,0.021261],"scale":[0.553292,0.185983,0.188293,0.448354,0.420527,0.294508,0.466711,0.234627,0.202324,0.067165,0.247288,0.361426,0.238561,0.356981,0.334414,0.127404,0.188083,0.205033,0.185685,0.20287,0.374005,0.370977,0.076063,0.48494,0.345866,0.133555,0.102555,0.144254],"weights":[0.273031,0.208954,0.085654,-0.008137,-0.22506,0.099395,0.146866,-0.110515,0.030974,0.228895,0.336037,0.289881,0.12867,0.166474,0.192794,-0.005226,0.108739,0.129086,0.07364,-0.156789,0.096929,-0.032134,0.028942,0.130152,-0.096616,0.276018,-0.211323,0.165511],"bias":-2.752654};
