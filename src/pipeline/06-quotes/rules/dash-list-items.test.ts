import { ruleTable } from '../testing';
import { check } from '../testing';
import { it } from 'vitest';

// This rule drops quotes, so it never marks one: its table checks what stays and what goes.
ruleTable('dash-list-items', [], ['Kommunen skriver:\n\n- bron stängs\n- bussarna leds om']);

it.each([
  ['a colon before hyphen bullets', 'Kommunen skriver i ett pressmeddelande:\n\n- bron stängs\n- bussarna leds om', []],
  ['short unpunctuated dash lines', 'Detta behöver du:\n\n– tält\n– sovsäck\n– ficklampa', []],
  ['a link line', 'Läs också\n\n– [Nya regler för parkering](https://example.se/parkering)', []],
  ['speech after an attributed dash quote stays', 'Laget vann.\n\n– Vi var bäst i dag, säger Lina Ek.\n– Nu tar vi sikte på guldet.', [{ text: 'Vi var bäst i dag', speaker: 'Lina Ek' }, { text: 'Nu tar vi sikte på guldet.', speaker: 'Lina Ek' }]],
  ['a single spoken sentence stays', 'Laget vann.\n\n– Jag har aldrig varit så glad i hela mitt liv.', [{ text: 'Jag har aldrig varit så glad i hela mitt liv.' }]],
] as const)('dash-list-items: %s', (_n, text, want) => check(text, [...want]));
