import { ruleTable } from '../testing';

// Examples written for these tables: the interviewee owns the answers, a person discussed never does.
ruleTable(
  'interview-lead',
  [
    ['Statsministern har haft ett tufft år. Vi har pratat med Karin Ek, docent i statsvetenskap.\n\n**Kan han sitta kvar?**\n\n– Knappast. Partiet tappar stöd i varje mätning.', { speaker: 'Karin Ek' }],
    ['Nya rektorn börjar i höst\n\nFrån augusti leder Jonas Berg skolan. Här svarar han på några frågor.\n\nVarför sökte du?\n\n– Jag känner eleverna sedan länge.', { speaker: 'Jonas Berg' }],
    ['Vi träffade Sanna Ek, som driver ett mejeri.\n\nHur går det?\n\n”Det är tufft men vi klarar oss ett år till.”', { speaker: 'Sanna Ek' }],
    ['Linnea Fors, 27, keramiker\n\nHon driver en verkstad i Visby.\n\nHur började det?\n\n– Med en kurs på folkhögskolan.', { speaker: 'Linnea Fors' }],
    ['Valet i Frankrike\n\nEmmanuel Macron har styrt sedan 2017. Vi har pratat med statsvetaren Karin Ahlström om hans politik.\n\nHur ser du på reformerna?\n\n– De har varit djärvare än många trodde.', { speaker: 'Karin Ahlström' }],
    ['Vi träffade förbundskaptenen Ola Berg inför VM.\n\nÄr laget redo?\n\n– Vi har tränat hårt hela hösten.', { speaker: 'Ola Berg' }],
    ['Boken om Palme\n\nJournalisten Tove Ek har skrivit om Olof Palme. Vi ställde några frågor till henne.\n\nVad överraskade dig?\n\n– Hur ensam han var.', { speaker: 'Tove Ek' }],
  ],
  [
    'Beslutet väcker kritik.\n\nHugo Falk håller inte med.\n\n– Det här är fel väg att gå.',
    'Vi har pratat med Karin Ek om läget.\n\nHugo Falk håller inte med henne.\n\nHugo Falk tycker annorlunda.\n\n– Det här är fel väg att gå.',
    'Anna Ek, Reporter\n\nBron stängs i helgen.\n\n– Vi räknar med köer.',
    'Statsministern träffade Joe Biden i Washington i går.\n\nFrågan gällde tullarna.\n\n– Vi är överens om det mesta.',
    'Vi har pratat med grannarna om Anna Lund och hennes nya café.\n\nHugo Falk bor tvärs över gatan.\n\n– Det luktar kaffe hela dagarna.',
  ],
);

ruleTable(
  'interview-answer-pronoun',
  [['Vi har pratat med Eva Ek om finalen. Hennes lagkamrat Maja Lind har skadat knät.\n\nPå frågan om finalen är hennes största match svarar hon:\n\n– Ja, utan tvekan.', { speaker: 'Eva Ek' }]],
  ['Maja Lind har skadat knät.\n\nPå frågan om finalen svarar hon:\n\n– Ja, utan tvekan.'],
);
