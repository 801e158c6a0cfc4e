import { ruleTable } from '../testing';

// Examples written for this table.
ruleTable(
  'reported-speech-subject',
  [
    ['Regionrådet Lisa Granberg är oroad. Hon beskriver läget som ”värre än vad vi har sett på länge”, enligt TT.', { text: 'värre än vad vi har sett på länge', speaker: 'Lisa Granberg' }],
    ['Kommunalrådet Stig Berg är upprörd. Han kallar beslutet ”ett hån mot alla på landsbygden”, skriver Norran.', { text: 'ett hån mot alla på landsbygden', speaker: 'Stig Berg' }],
  ],
  [
    'Han är ”mer en lagledare än en målskytt”, säger tränaren Ola Berg.',
    '”Vi ser ingen annan väg framåt nu”, enligt bolagets vd Karl Ek.',
  ],
);
