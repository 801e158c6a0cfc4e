// Source: fitted by scripts/train/keywords.ts (npm run train -- keywords) on the editors' keywords of
// ../shared/data/news-dev and news-dev2 (68 articles, 4137 candidates, 581 positive). MIT.
// Generated — do not edit. Refit after any change to the candidates, their features or the steps before.
//
  // log-weighted-count           mean 0.350064  sd 0.553766  weight 0.265202
  // weighted-count-share         mean 0.212614  sd 0.185049  weight 0.229333
  // weighted-count-rank          mean 0.667524  sd 0.186724  weight 0.081669
  // log-count                    mean 0.218106  sd 0.448455  weight -0.025268
  // once                         mean 0.775199  sd 0.417451  weight -0.260304
  // position                     mean 0.542155  sd 0.294134  weight 0.087774
  // in-lead                      mean 0.315204  sd 0.464597  weight 0.159455
  // in-title                     mean 0.058013  sd 0.233768  weight -0.103895
  // topic-in-title               mean 0.042301  sd 0.201275  weight 0.024371
  // spread                       mean 0.079977  sd 0.067321  weight 0.227655
  // idf                          mean 0.702312  sd 0.244774  weight 0.2444
  // log-idf                      mean -0.343767  sd 0.355573  weight 0.179383
  // word-idf                     mean 0.677723  sd 0.236371  weight 0.110488
  // log-word-idf                 mean -0.375942  sd 0.351657  weight 0.123413
  // name                         mean 0.12642  sd 0.332322  weight 0.179643
  // name-weighted-count-share    mean 0.034697  sd 0.127721  weight -0.008656
  // person                       mean 0.036742  sd 0.188127  weight 0.106034
  // organisation                 mean 0.042785  sd 0.202371  weight 0.114918
  // place                        mean 0.03505  sd 0.183905  weight 0.077657
  // name-with-noun               mean 0.043026  sd 0.202916  weight -0.176212
  // two-words                    mean 0.178632  sd 0.383044  weight 0.099731
  // three-words                  mean 0.163162  sd 0.369513  weight -0.015571
  // compound-parts               mean 0.017575  sd 0.075907  weight 0.027282
  // one-word-commonness          mean 0.059695  sd 0.106996  weight -0.166568
  // topic-log-idf                mean -0.349935  sd 0.349074  weight 0.174379
  // phrase-cohesion              mean -0.211748  sd 0.4903  weight 0.135896
  // linked-phrase-once           mean 0.138506  sd 0.34543  weight -0.132731
  // compound-length              mean -0.028217  sd 0.133018  weight 0.252836
  // implicit-topic               mean 0.010636  sd 0.10258  weight -0.231408
  // quoted-speaker               mean 0.021271  sd 0.144288  weight 0.164676
import type { RankerModel } from '../../pipeline/07-keywords/ranker';

/** The built-in keyword ranker: logistic regression weights over standardised candidate features. */
export const KEYWORD_RANKER: RankerModel = {"features":["log-weighted-count","weighted-count-share","weighted-count-rank","log-count","once","position","in-lead","in-title","topic-in-title","spread","idf","log-idf","word-idf","log-word-idf","name","name-weighted-count-share","person","organisation","place","name-with-noun","two-words","three-words","compound-parts","one-word-commonness","topic-log-idf","phrase-cohesion","linked-phrase-once","compound-length","implicit-topic","quoted-speaker"],"mean":[0.350064,0.212614,0.667524,0.218106,0.775199,0.542155,0.315204,0.058013,0.042301,0.079977,0.702312,-0.343767,0.677723,-0.375942,0.12642,0.034697,0.036742,0.042785,0.03505,0.043026,0.178632,0.163162,0.017575,0.059695,-0.349935,-0.211748,0.138506,-0.028217,0.010636,0.021271],"scale":[0.553766,0.185049,0.186724,0.448455,0.417451,0.294134,0.464597,0.233768,0.201275,0.067321,0.244774,0.355573,0.236371,0.351657,0.332322,0.127721,0.188127,0.202371,0.183905,0.202916,0.383044,0.369513,0.075907,0.106996,0.349074,0.4903,0.34543,0.133018,0.10258,0.144288],"weights":[0.265202,0.229333,0.081669,-0.025268,-0.260304,0.087774,0.159455,-0.103895,0.024371,0.227655,0.2444,0.179383,0.110488,0.123413,0.179643,-0.008656,0.106034,0.114918,0.077657,-0.176212,0.099731,-0.015571,0.027282,-0.166568,0.174379,0.135896,-0.132731,0.252836,-0.231408,0.164676],"bias":-2.725129};
