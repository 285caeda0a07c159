/** The lexicon of each supported language. */
import type { Lexicon } from '../lexicon.js';
import type { Locale } from '../types.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { nl } from './nl.js';
import { pl } from './pl.js';
import { pt } from './pt.js';

export const LEXICONS: Readonly<Record<Locale, Lexicon>> = { en, de, fr, es, pt, it, nl, pl };

/**
 * Function words of common languages we do not support, so that a Swedish or Czech message is
 * recognised as "not ours" instead of being read with the wrong lexicon.
 */
export const UNSUPPORTED_STOPWORDS: Readonly<Record<string, readonly string[]>> = {
  sv: 'jag min mitt har inte och att det en ett ar pa med for kan ni du hej tack snalla telefon mobil ny nya borttappad aterstall'.split(' '),
  da: 'jeg min mit har ikke og at det en et er pa med for kan du hej tak venligst telefon ny mistet nulstil'.split(' '),
  no: 'jeg min mitt har ikke og at det en et er pa med for kan du hei takk vennligst telefon ny mistet tilbakestill'.split(' '),
  fi: 'nollata nollaatko sain saisinko uuden puhelimen tunnistautuminen moi voitko voisitko puhelin puhelimeni hajosi uusi minun minulla olen ei ja se on etta kanssa voitko sina hei kiitos puhelin uusi kadotin nollaa palauta'.split(
    ' ',
  ),
  cs: 'moje muj mam neni a je to na s pro ale muzete prosim dekuji ahoj telefon novy ztratil ztratila resetovat'.split(' '),
  tr: 'misiniz musunuz misin musun mi mu bir bu ve degistirdim telefonumu sifirlayabilir yardim merhaba benim ben bir ve bu icin ile ama lutfen tesekkurler merhaba telefon yeni kaybettim sifirla misiniz musunuz'.split(
    ' ',
  ),
  ro: 'buna ziua primesc codurile prin puteti imi meu mea am nu si este pentru cu dar va rog multumesc salut telefon nou pierdut resetati puteti'.split(' '),
  hu: 'az egy es hogy nem van meg kerem koszonom szia telefon uj elvesztettem visszaallit tudna telefonom legyszi torold regi fiokomrol fiokom kerlek ujra hitelesites elhagytam tudnad tudnal torolni belepos appot koszi'.split(
    ' ',
  ),
  lt: 'labas laba diena pameciau telefona gal galit galite atstatyti mano aciu prasau naujas nauja telefonas paskyra'.split(' '),
  hr: 'bok sam mozes li stari broj za je da se ne moj moja mobitel mobitela promijenio trebam molim hvala resetiraj resetirajte resetirati ukrali ukraden izgubio izgubila novi tramvaju mogu'.split(
    ' ',
  ),
  // round 10: Estonian and Icelandic
  et: 'tere palun minu uus uue telefon telefoni ei saa aitah lahtestage lahtestada kinnitusi mitmikautentimine'.split(' '),
  is: 'godan daginn gooan getid geti thid pid eg minn mina minum simann siminn simanum takk endurstillt endurstilla fjolthatta'.split(' '),
  // round 7: Slovak (close to Czech and Polish), Catalan and Galician (close to Spanish and Portuguese),
  // Luxembourgish (close to German): only words our languages do not use
  sk: 'potrebujem potrebovala potreboval dakujem som mozete mohli stratil stratila novy novu dobry den prosim resetovat resetujte mobil mobilu zmenil zmenila ahoj vas overovanie overenie overovania dvojfaktorove autentifikaciu zariadenie ukradli ukradol nemam pristup aplikacii aplikaciu prosim o ste mi zmazat vymazat'.split(
    ' ',
  ),
  ca: 'em us tota sisplau meu meva meus meves els amb perque tambe plau gracies bon necessito perdut mobil nou puc podeu voldria restablir aquest aquesta tinc vaig soc estic doncs dels pel als tornar heu canviat canviar autenticacio telefon nomes'.split(
    ' ',
  ),
  gl: 'teno perdin podedes poderiades grazas bos unha dun dunha coa xa tamen mobil moito cambiei novo meu restablecer ola seguranza vella despois cea co deron nun mina'.split(
    ' ',
  ),
  lb: 'moien ech hunn meng mai verluer kennt kenns neien ass zerecksetzen wannechgelift gaer hei och mam dir mer'.split(' '),
  mt: 'bongu tlift mowbajl tieghi tista taghmel tal jekk joghgbok grazzi ghandi ghandek huwa hija mhux ukoll biex din minn fuq telefon gdid nista'.split(' '),
  eu: 'kaixo eta nire zure behar dut duzu mesedez berria berri daukat dut dugu ez bai eskerrik asko galdu dut telefonoa mugikorra berrezarri ahal baina ere'.split(
    ' ',
  ),
  cy: 'helo dw wedi colli fy ffon allwch chi ailosod os gwelwch yn dda diolch mae ddim ac yr newydd ffon symudol rwyf rydw fy nghyfrif hefyd'.split(' '),
  lv: 'ludzu labdien sveiki manu mans esmu pazaudejis pazaudeju telefonu telefons atiestatiet atiestatit paldies jauns jaunu nevaru'.split(' '),
  sq: 'pershendetje ju lutem rivendosni humba telefonin telefoni dje faleminderit kam nuk'.split(' '),
  // round 14: Slovenian (read as Portuguese on a Teams client in English)
  sl: 'najprej potem ker novega novem padel kupila kupil ponastavi pozdravljeni zdravo prosim ponastavite ponastaviti moj moja moje sem izgubil izgubila novi nov telefona hvala lahko potrebujem imam nisem'.split(
    ' ',
  ),
  // round 15: Afrikaans and West Frisian (close to Dutch), Tagalog, Vietnamese (accents folded), Swahili;
  // Galician gets more of its own words
  af: 'asseblief hulle nie ek foon verwyder uitgevee byvoeg sodat nou ou nuwe baie dankie jy julle herstelwinkel herstel registrasie toepassing leeg gesteel kry selfoon gister'.split(
    ' ',
  ),
  fy: 'myn telefoan yn haw nije kinsto asjebleaft werom sette tige tank hjir wie hie doe wetter sylden marren kwyt'.split(' '),
  tl: 'ang ko mo ng ako akong bang pwede paki po naman ulit yung nga lang kasi galing noong nawala pauwi bago ngayon salamat ninyo niyo'.split(' '),
  vi: 'toi vua chuyen nha vao va doi sang so dien thoai moi van gui ve cu ban co the xoa khoi tai khoan cua duoc khong xin cam on giup'.split(' '),
  sw: 'simu yangu iliibiwa nilipokuwa jana nimenunua mpya tafadhali weka upya ili niweze kusajili tena kwa habari asante naomba'.split(' '),
  id: 'saya aku tidak dan yang ini itu untuk dengan tolong terima kasih halo telepon baru hilang'.split(' '),
};
