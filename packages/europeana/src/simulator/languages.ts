export type LanguageCode = 'en' | 'de' | 'fr' | 'nl' | 'fi' | 'it' | 'pl';
export type War = 'ww1' | 'ww2';
/** Which of a language's title templates a record uses; the same variant in every language it is written in. */
export type TitleVariant = 0 | 1 | 2;
export const TITLE_VARIANTS: readonly TitleVariant[] = [0, 1, 2];
/** Which of a language's description templates a record uses, likewise. */
export type DescriptionVariant = 0 | 1;
export const DESCRIPTION_VARIANTS: readonly DescriptionVariant[] = [0, 1];

/** How records in one language are written. `{q}` is the query phrase, `{place}` a place, `{war}` when. */
export interface LanguageText {
  code: LanguageCode;
  /** Share of the corpus written in this language. */
  weight: number;
  titles: readonly [string, string, string];
  descriptions: readonly [string, string];
  war: Record<War, string>;
  photograph: string;
  postcard: string;
  map: string;
  creators: string[];
}

/** The language of posters and of the translations other languages' records carry. */
export const ENGLISH: LanguageText = {
  code: 'en',
  weight: 0.35,
  titles: ['{q} near {place}', 'Photograph of {q}, {place}', '{place}: {q} at the front'],
  descriptions: ['Photograph showing {q} near {place} {war}.', '{q} at {place}, photographed by an army photographer {war}.'],
  war: { ww1: 'during the First World War', ww2: 'during the Second World War' },
  photograph: 'Photograph',
  postcard: 'Postcard',
  map: 'Map',
  creators: ['Hartley, George', 'Unknown photographer'],
};

export const LANGUAGES: readonly LanguageText[] = [
  ENGLISH,
  {
    code: 'de',
    weight: 0.15,
    titles: ['{q} bei {place}', 'Fotografie: {q} an der Front bei {place}', '{place} – {q}'],
    descriptions: ['Fotografie: {q} bei {place} {war}.', 'Aufnahme eines Armeefotografen: {q} in {place} {war}.'],
    war: { ww1: 'während des Ersten Weltkriegs', ww2: 'während des Zweiten Weltkriegs' },
    photograph: 'Fotografie',
    postcard: 'Postkarte',
    map: 'Karte',
    creators: ['Weber, Karl', 'Unbekannter Fotograf'],
  },
  {
    code: 'fr',
    weight: 0.12,
    titles: ['{q} près de {place}', 'Photographie : {q} sur le front de {place}', '{place}, {q}'],
    descriptions: ['Photographie montrant {q} près de {place} {war}.', "{q} à {place}, photographié par un opérateur de l'armée {war}."],
    war: { ww1: 'pendant la Première Guerre mondiale', ww2: 'pendant la Seconde Guerre mondiale' },
    photograph: 'Photographie',
    postcard: 'Carte postale',
    map: 'Carte',
    creators: ['Moreau, Henri', 'Photographe inconnu'],
  },
  {
    code: 'nl',
    weight: 0.1,
    titles: ['{q} bij {place}', 'Foto van {q} aan het front bij {place}', '{place}: {q}'],
    descriptions: ['Foto van {q} bij {place} {war}.', '{q} in {place}, gefotografeerd door een legerfotograaf {war}.'],
    war: { ww1: 'tijdens de Eerste Wereldoorlog', ww2: 'tijdens de Tweede Wereldoorlog' },
    photograph: 'Foto',
    postcard: 'Prentbriefkaart',
    map: 'Kaart',
    creators: ['Visser, Jan', 'Onbekende fotograaf'],
  },
  {
    code: 'fi',
    weight: 0.1,
    titles: ['{q}, {place}', 'Valokuva: {q} rintamalla, {place}', '{place} – {q}'],
    descriptions: ['Valokuva: {q}, {place} {war}.', '{q} – {place}, armeijan valokuvaajan kuvaama {war}.'],
    war: { ww1: 'ensimmäisen maailmansodan aikana', ww2: 'toisen maailmansodan aikana' },
    photograph: 'Valokuva',
    postcard: 'Postikortti',
    map: 'Kartta',
    creators: ['Lehtinen, Eino', 'Tuntematon valokuvaaja'],
  },
  {
    code: 'it',
    weight: 0.09,
    titles: ['{q} presso {place}', 'Fotografia: {q} al fronte di {place}', '{place}, {q}'],
    descriptions: ['Fotografia che mostra {q} presso {place} {war}.', "{q} a {place}, fotografato da un fotografo dell'esercito {war}."],
    war: { ww1: 'durante la prima guerra mondiale', ww2: 'durante la seconda guerra mondiale' },
    photograph: 'Fotografia',
    postcard: 'Cartolina',
    map: 'Mappa',
    creators: ['Bianchi, Luigi', 'Fotografo sconosciuto'],
  },
  {
    code: 'pl',
    weight: 0.09,
    titles: ['{q} pod {place}', 'Fotografia: {q} na froncie pod {place}', '{place} – {q}'],
    descriptions: ['Fotografia przedstawiająca {q} pod {place} {war}.', '{q} w miejscowości {place}, fotografia wojskowa {war}.'],
    war: { ww1: 'podczas I wojny światowej', ww2: 'podczas II wojny światowej' },
    photograph: 'Fotografia',
    postcard: 'Pocztówka',
    map: 'Mapa',
    creators: ['Nowak, Józef', 'Nieznany fotograf'],
  },
];

export const PLACES: Record<War, readonly string[]> = {
  ww1: ['Verdun', 'Ypres', 'Arras', 'Gorizia', 'Gallipoli', 'Przemyśl', 'Riga'],
  ww2: ['Arnhem', 'Caen', 'Monte Cassino', 'Warsaw', 'Narvik', 'Viipuri', 'Bastogne', 'Tobruk'],
};

export const WAR_YEARS: Record<War, readonly [number, number]> = { ww1: [1914, 1918], ww2: [1939, 1945] };

export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
