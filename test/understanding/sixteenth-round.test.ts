import { describeEnglishClasses } from './class-table.js';

/**
 * The classes round 16 brought up (README "After fixing classes (sixteenth round; not a first
 * run)"), and the word-list check of the typo pass made beside it. Own paraphrases, never the
 * corpus lines.
 */
describeEnglishClasses('round 16', {
  'real words are not corrected into another concept': [
    ['the laptop is charging, ready in ten minutes', 'unknown'],
    ['just testing whether you answer', 'unknown'],
    ['I lost my passport on the trip, who do I tell?', 'unknown'],
  ],
  'a broken key said in other words': [
    ['my yubikey snapped in half, please remove it', 'reset', 'securityKey'],
    ['The hardware token got crushed under a pallet, remove it from my account please', 'reset', 'other[hardwareOath]'],
  ],
  '"need it off my account" is a removal': [
    ['security key snapped lol, need it off my account, getting a new one', 'reset', 'securityKey'],
    ['I want my old number off my account please', 'reset', 'phone'],
  ],
  'a refused removal of a described method': [
    ['i do not want the key removed from my mfa', 'negation'],
    ["I don't want my old number removed from my account", 'negation'],
    ["I don't want my old number off my account", 'negation'],
    ["I don't want the fob removed", 'negation'],
  ],
});
