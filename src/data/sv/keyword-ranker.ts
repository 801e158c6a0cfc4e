// Source: fitted by scripts/train/keywords.ts (npm run train -- keywords) on the editors' keywords of
// ../shared/data/news-dev and news-dev2 (68 articles, 4110 candidates, 570 positive). MIT.
// Generated — do not edit. Refit after any change to the candidates, their features or the steps before.
//
  // log-weighted-count           mean 0.35535  sd 0.554393  weight 0.262922
  // weighted-count-share         mean 0.213763  sd 0.185276  weight 0.213762
  // weighted-count-rank          mean 0.664576  sd 0.188073  weight 0.080763
  // log-count                    mean 0.222062  sd 0.449484  weight -0.012116
  // once                         mean 0.770073  sd 0.420786  weight -0.238909
  // position                     mean 0.544348  sd 0.294509  weight 0.093569
  // in-lead                      mean 0.319221  sd 0.466175  weight 0.16119
  // in-title                     mean 0.058394  sd 0.234487  weight -0.128111
  // topic-in-title               mean 0.042579  sd 0.201906  weight 0.042775
  // spread                       mean 0.080211  sd 0.067346  weight 0.229971
  // idf                          mean 0.700367  sd 0.247648  weight 0.322041
  // log-idf                      mean -0.348362  sd 0.362016  weight 0.282036
  // word-idf                     mean 0.675022  sd 0.239091  weight 0.131669
  // log-word-idf                 mean -0.381648  sd 0.357928  weight 0.172994
  // name                         mean 0.129197  sd 0.335418  weight 0.172686
  // name-weighted-count-share    mean 0.034963  sd 0.127334  weight 0.002928
  // person                       mean 0.03747  sd 0.189909  weight 0.099896
  // organisation                 mean 0.042822  sd 0.202456  weight 0.131541
  // place                        mean 0.03528  sd 0.184486  weight 0.084524
  // name-with-noun               mean 0.044282  sd 0.205721  weight -0.134414
  // two-words                    mean 0.16253  sd 0.368937  weight 0.1083
  // three-words                  mean 0.16545  sd 0.371586  weight -0.022105
  // compound-parts               mean 0.017811  sd 0.076317  weight 0.031612
  // phrase-cohesion              mean -0.19854  sd 0.480772  weight 0.143655
  // linked-phrase-once           mean 0.140389  sd 0.34739  weight -0.104134
  // compound-length              mean -0.029478  sd 0.134003  weight 0.278767
  // implicit-topic               mean 0.010949  sd 0.104063  weight -0.213874
  // quoted-speaker               mean 0.021655  sd 0.145553  weight 0.19211
import type { RankerModel } from '../../pipeline/07-keywords/ranker';

/** The built-in keyword ranker: logistic regression weights over standardised candidate features. */
export const KEYWORD_RANKER: RankerModel = {"features":["log-weighted-count","weighted-count-share","weighted-count-rank","log-count","once","position","in-lead","in-title","topic-in-title","spread","idf","log-idf","word-idf","log-word-idf","name","name-weighted-count-share","person","organisation","place","name-with-noun","two-words","three-words","compound-parts","phrase-cohesion","linked-phrase-once","compound-length","implicit-topic","quoted-speaker"],"mean":[0.35535,0.213763,0.664576,0.222062,0.770073,0.544348,0.319221,0.058394,0.042579,0.080211,0.700367,-0.348362,0.675022,-0.381648,0.129197,0.034963,0.03747,0.042822,0.03528,0.044282,0.16253,0.16545,0.017811,-0.19854,0.140389,-0.029478,0.010949,0.021655],"scale":[0.554393,0.185276,0.188073,0.449484,0.420786,0.294509,0.466175,0.234487,0.201906,0.067346,0.247648,0.362016,0.239091,0.357928,0.335418,0.127334,0.189909,0.202456,0.184486,0.205721,0.368937,0.371586,0.076317,0.480772,0.34739,0.134003,0.104063,0.145553],"weights":[0.262922,0.213762,0.080763,-0.012116,-0.238909,0.093569,0.16119,-0.128111,0.042775,0.229971,0.322041,0.282036,0.131669,0.172994,0.172686,0.002928,0.099896,0.131541,0.084524,-0.134414,0.1083,-0.022105,0.031612,0.143655,-0.104134,0.278767,-0.213874,0.19211],"bias":-2.740048};
