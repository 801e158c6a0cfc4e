// Source: fitted by scripts/train/keywords.ts (npm run train -- keywords) on the editors' keywords of
// ../shared/data/news-dev and news-dev2 (68 articles, 4123 candidates, 570 positive). MIT.
// Generated — do not edit. Refit after any change to the candidates, their features or the steps before.
//
  // log-weighted-count           mean 0.355263  sd 0.554036  weight 0.263538
  // weighted-count-share         mean 0.21371  sd 0.185089  weight 0.214254
  // weighted-count-rank          mean 0.664671  sd 0.188098  weight 0.077821
  // log-count                    mean 0.221797  sd 0.449188  weight -0.012048
  // once                         mean 0.770313  sd 0.420632  weight -0.240284
  // position                     mean 0.544624  sd 0.294366  weight 0.093809
  // in-lead                      mean 0.319428  sd 0.466255  weight 0.161269
  // in-title                     mean 0.058453  sd 0.234597  weight -0.128215
  // topic-in-title               mean 0.042687  sd 0.202151  weight 0.042246
  // spread                       mean 0.080195  sd 0.06727  weight 0.230031
  // idf                          mean 0.700104  sd 0.247484  weight 0.324247
  // log-idf                      mean -0.34864  sd 0.361751  weight 0.283355
  // word-idf                     mean 0.674832  sd 0.238914  weight 0.13142
  // log-word-idf                 mean -0.381828  sd 0.357648  weight 0.172003
  // name                         mean 0.12879  sd 0.334967  weight 0.173194
  // name-weighted-count-share    mean 0.034853  sd 0.127148  weight 0.002699
  // person                       mean 0.037351  sd 0.189621  weight 0.101724
  // organisation                 mean 0.042687  sd 0.202151  weight 0.131965
  // place                        mean 0.035169  sd 0.184206  weight 0.084059
  // name-with-noun               mean 0.044143  sd 0.205412  weight -0.132045
  // two-words                    mean 0.164686  sd 0.370897  weight 0.101989
  // three-words                  mean 0.165414  sd 0.371553  weight -0.024036
  // compound-parts               mean 0.017755  sd 0.076203  weight 0.032003
  // phrase-cohesion              mean -0.199612  sd 0.482716  weight 0.141556
  // linked-phrase-once           mean 0.139947  sd 0.346932  weight -0.103075
  // compound-length              mean -0.029385  sd 0.133802  weight 0.277961
  // implicit-topic               mean 0.010914  sd 0.1039  weight -0.214119
  // quoted-speaker               mean 0.021586  sd 0.145328  weight 0.192481
import type { RankerModel } from '../../pipeline/07-keywords/ranker';

/** The built-in keyword ranker: logistic regression weights over standardised candidate features. */
export const KEYWORD_RANKER: RankerModel = {"features":["log-weighted-count","weighted-count-share","weighted-count-rank","log-count","once","position","in-lead","in-title","topic-in-title","spread","idf","log-idf","word-idf","log-word-idf","name","name-weighted-count-share","person","organisation","place","name-with-noun","two-words","three-words","compound-parts","phrase-cohesion","linked-phrase-once","compound-length","implicit-topic","quoted-speaker"],"mean":[0.355263,0.21371,0.664671,0.221797,0.770313,0.544624,0.319428,0.058453,0.042687,0.080195,0.700104,-0.34864,0.674832,-0.381828,0.12879,0.034853,0.037351,0.042687,0.035169,0.044143,0.164686,0.165414,0.017755,-0.199612,0.139947,-0.029385,0.010914,0.021586],"scale":[0.554036,0.185089,0.188098,0.449188,0.420632,0.294366,0.466255,0.234597,0.202151,0.06727,0.247484,0.361751,0.238914,0.357648,0.334967,0.127148,0.189621,0.202151,0.184206,0.205412,0.370897,0.371553,0.076203,0.482716,0.346932,0.133802,0.1039,0.145328],"weights":[0.263538,0.214254,0.077821,-0.012048,-0.240284,0.093809,0.161269,-0.128215,0.042246,0.230031,0.324247,0.283355,0.13142,0.172003,0.173194,0.002699,0.101724,0.131965,0.084059,-0.132045,0.101989,-0.024036,0.032003,0.141556,-0.103075,0.277961,-0.214119,0.192481],"bias":-2.745156};
