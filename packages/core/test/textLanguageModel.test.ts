import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { eld as Eld } from 'eld';
import { forgetLanguageModel, languageModel } from '../src/text/languageModel.js';

/** Short archive titles, 15 each in the six languages the detector was chosen on. */
const titles: Record<string, string[]> = {
  en: [
    'Troops landing on the beach',
    'Bomb damage in the city centre',
    'Nurses with wounded soldiers',
    'A column of tanks on the road',
    'Destroyed bridge over the river',
    'Prisoners of war behind barbed wire',
    'Officers studying a map',
    'Artillery crew loading the gun',
    'Sailors on the deck of a destroyed ship',
    'Civilians queueing for bread',
    'Aircraft on the airfield before take off',
    'Funeral of a fallen pilot',
    'Parade of the victorious army',
    'Soldiers cleaning their rifles',
    'Evacuated children boarding a train',
  ],
  de: [
    'Soldaten beim Essen im Feld',
    'Zerstörte Brücke über den Fluss',
    'Gefangene hinter Stacheldraht',
    'Panzer auf der Landstraße',
    'Krankenschwestern mit Verwundeten',
    'Flugzeuge auf dem Flugplatz',
    'Beerdigung eines gefallenen Offiziers',
    'Flüchtlinge auf dem Bahnhof',
    'Kinder spielen in den Ruinen',
    'Matrosen an Deck eines Kriegsschiffes',
    'Frauen arbeiten in der Munitionsfabrik',
    'Besuch des Generals an der Front',
    'Die Stadt nach dem Bombenangriff',
    'Pferde ziehen ein Geschütz',
    'Verteilung von Brot an die Bevölkerung',
  ],
  fr: [
    'Soldats dans les ruines du village',
    'Pont détruit sur la rivière',
    'Prisonniers de guerre derrière les barbelés',
    'Chars sur la route',
    'Infirmières avec des blessés',
    "Avions sur le terrain d'aviation",
    "Obsèques d'un officier tombé au combat",
    'Enfants jouant dans les décombres',
    'Marins sur le pont du navire',
    'Femmes travaillant dans une usine de munitions',
    'Visite du général sur le front',
    'La ville après le bombardement',
    'Chevaux tirant un canon',
    'Distribution de pain à la population',
    'Défilé des troupes alliées',
  ],
  nl: [
    'Soldaten in de ruïnes van het dorp',
    'Verwoeste brug over de rivier',
    'Krijgsgevangenen achter prikkeldraad',
    'Tanks op de weg naar Arnhem',
    'Verpleegsters met gewonde soldaten',
    'Vliegtuigen op het vliegveld',
    'Begrafenis van een gesneuvelde officier',
    'Kinderen spelen tussen het puin',
    'Matrozen aan dek van het schip',
    'Vrouwen werken in een munitiefabriek',
    'Bezoek van de generaal aan het front',
    'De stad na het bombardement',
    'Paarden trekken een kanon',
    'Uitdeling van brood aan de bevolking',
    'Bevrijding van de stad door de geallieerden',
  ],
  fi: [
    'Sotilaat kylän raunioilla',
    'Tuhoutunut silta joen yli',
    'Sotavankeja piikkilanka-aidan takana',
    'Panssarivaunuja tiellä',
    'Sairaanhoitajia haavoittuneiden kanssa',
    'Lentokoneita lentokentällä',
    'Kaatuneen upseerin hautajaiset',
    'Lapsia leikkimässä raunioissa',
    'Merimiehiä laivan kannella',
    'Naisia työssä ammustehtaalla',
    'Kenraalin vierailu rintamalla',
    'Kaupunki pommituksen jälkeen',
    'Hevoset vetävät tykkiä',
    'Leivän jakelu väestölle',
    'Joukot marssivat kaupungin läpi',
  ],
  it: [
    'Soldati tra le rovine del villaggio',
    'Ponte distrutto sul fiume',
    'Prigionieri di guerra dietro il filo spinato',
    'Carri armati sulla strada',
    'Infermiere con i soldati feriti',
    'Aerei sul campo di aviazione',
    'Funerale di un ufficiale caduto',
    'Bambini che giocano tra le macerie',
    'Marinai sul ponte della nave',
    'Donne al lavoro in una fabbrica di munizioni',
    'Visita del generale al fronte',
    'La città dopo il bombardamento',
    'Cavalli che trainano un cannone',
    'Distribuzione del pane alla popolazione',
    'Sfilata delle truppe alleate',
  ],
};
const labelledTitles = Object.entries(titles).flatMap(([language, list]) => list.map((title) => [language, title]));

/** eld's full "large" model and its ngram table, loaded natively: each is hundreds of MB once parsed. */
const require = createRequire(import.meta.url);
const largeEntry = import.meta.resolve('eld/large');
const large = (require(fileURLToPath(largeEntry)) as { eld: typeof Eld }).eld.newInstance();
const largeTable = (
  require(fileURLToPath(new URL('../ngrams/large.js', largeEntry))) as {
    ngramsData: { languages: Record<string, string>; ngrams: Record<string, Record<string, number>> };
  }
).ngramsData;
const { detector, languages } = languageModel();
large.setLanguageSubset([...languages]);

describe('languageModel', () => {
  it("holds exactly eld large's ngrams of its languages (else rerun scripts/buildLanguageModel.mjs)", () => {
    const file = JSON.parse(readFileSync(new URL('../data/eldLargeSubset.json', import.meta.url), 'utf8')) as {
      ngramSeparator: string;
      groups: [number[], string][];
    };
    const subset = new Map<string, string>();
    for (const [scoreList, joined] of file.groups) {
      for (const ngram of joined.split(file.ngramSeparator)) subset.set(ngram, scoreList.join());
    }
    const largeIds = Object.fromEntries(Object.entries(largeTable.languages).map(([id, language]) => [language, id]));
    const expected = new Map<string, string>();
    for (const [ngram, scores] of Object.entries(largeTable.ngrams)) {
      const kept = languages.flatMap((language, index) => {
        const score = scores[largeIds[language]!];
        return score === undefined ? [] : [index, score];
      });
      if (kept.length) expected.set(ngram, kept.join());
    }
    expect(subset.size).toBe(expected.size);
    expect([...subset].filter(([ngram, scores]) => expected.get(ngram) !== scores)).toEqual([]);
  });

  it.each(labelledTitles)('scores the %s title %j as eld large does, and names its language', (language, title) => {
    const result = detector.detect(title);
    expect(result.getScores()).toEqual(large.detect(title).getScores());
    expect(result.language).toBe(language);
  });

  it('loads again after a collection forgets it, scoring as before', () => {
    forgetLanguageModel();
    const reloaded = languageModel();
    expect(reloaded.detector).not.toBe(detector);
    expect(reloaded.detector.detect('Troops landing on the beach').getScores()).toEqual(
      detector.detect('Troops landing on the beach').getScores(),
    );
  });
});
