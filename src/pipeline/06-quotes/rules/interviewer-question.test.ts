import { it } from 'vitest';
import { check } from '../testing';

// This rule drops quotes (the interviewer's questions), so its table checks what goes and what stays.
it.each([
  ['a du question before an answer goes', 'Vi träffar Eva Lund i Umeå.\n\n– Hur mår du i dag?\n\n– Bättre än på länge.', [{ text: 'Bättre än på länge.', speaker: 'Eva Lund' }]],
  ['a ni question before an answer goes', 'Föreningen har flyttat.\n\n– Hur länge har ni letat?\n\n– I tre år, säger ordföranden Ali Demir.', [{ text: 'I tre år', speaker: 'Ali Demir' }]],
  ['a dig question goes', 'Vi träffar Per Holm.\n\n– Vad betyder priset för dig?\n\n– Allt, faktiskt.', [{ text: 'Allt, faktiskt.', speaker: 'Per Holm' }]],
  ['a rhetorical question without du stays', 'Hyran höjs.\n\n– Vem ska betala för det här?\n\n– Det blir vi, säger Mona Dahl.', [{ text: 'Vem ska betala för det här?' }, { text: 'Det blir vi' }]],
  ['an attributed question stays', 'Hyran höjs.\n\n– Hur ska du klara det? frågar Mona Dahl.\n\n– Jag vet inte, säger Olof Lind.', [{ text: 'Hur ska du klara det?' }, { text: 'Jag vet inte' }]],
  ['a question with no answer after it stays', 'Hyran höjs.\n\n– Har du råd med det här?', [{ text: 'Har du råd med det här?' }]],
] as const)('interviewer-question: %s', (_n, text, want) => check(text, [...want]));
