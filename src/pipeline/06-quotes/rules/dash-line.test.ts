import { ruleTable } from '../testing';

// Examples written for this table.
ruleTable(
  'dash-line',
  [
    ['Vägen öppnar i dag.\n\n– Vi är klara en vecka före plan, säger Nils Berg.', { text: 'Vi är klara en vecka före plan', speaker: 'Nils Berg' }],
    ['Skolan firar.\n\n— Det här är en stor dag för oss alla, säger rektor Eva Dahl.', { text: 'Det här är en stor dag för oss alla', speaker: 'Eva Dahl' }],
    ['Hamnen byggs om.\n\n- Vi börjar riva i maj, säger Omar Lind. Allt ska vara klart om två år.', { text: 'Vi börjar riva i maj. Allt ska vara klart om två år.', speaker: 'Omar Lind' }],
    ['Festivalen är slutsåld.– Vi har aldrig sålt så många biljetter, säger Jenny Ek.', { text: 'Vi har aldrig sålt så många biljetter', speaker: 'Jenny Ek' }],
  ],
  [
    'Förslaget\n– som lades fram i går –\nfår kritik från flera håll.',
    'Hur länge har ni väntat här?\n\n– Hur länge? frågar vi.',
    'Priset är 120–150 kronor per person.',
    '—— Avdelare ——',
  ],
);
