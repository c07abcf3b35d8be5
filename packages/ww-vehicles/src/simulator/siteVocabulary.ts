/** A maker and the model names the simulator gives its vehicles. */
export type Maker = readonly [maker: string, models: readonly string[]];

/** A country of a listing: its flag on the site and its makers. */
export interface SimCountry {
  country: string;
  flag: string;
  /** Heading of the country's section on a multi-country (WW1) listing. */
  heading: string;
  makers: readonly Maker[];
}

export const WW2_COUNTRIES: Record<string, SimCountry> = {
  Czechoslovakia: {
    country: 'Czechoslovakia',
    flag: 'czech_r.jpg',
    heading: 'Czechoslovak trucks',
    makers: [
      ['Tatra', ['T27', 'T72', 'T82', 'T92']],
      ['Praga', ['RV', 'AV', 'RN', 'T-6']],
      ['Škoda', ['6K', '6VTP', '903']],
    ],
  },
  France: {
    country: 'France',
    flag: 'france_r.jpg',
    heading: 'French trucks',
    makers: [
      ['Renault', ['AGR', 'AHN', 'ADK']],
      ['Berliet', ['GDC', 'VDCA']],
      ['Laffly', ['S15', 'W15']],
      ['Citroën', ['T23', 'T45']],
    ],
  },
  Germany: {
    country: 'Germany',
    flag: 'germany_r.jpg',
    heading: 'German trucks',
    makers: [
      ['Opel', ['Blitz', 'Blitz 3.6-36S', 'Blitz 3.6-6700A']],
      ['Büssing-NAG', ['500', '4500']],
      ['Krupp', ['L2H43', 'Protze']],
      ['Mercedes-Benz', ['L3000', 'L4500']],
      ['Magirus', ['M206', 'S330']],
      ['Borgward', ['B3000']],
    ],
  },
  Italy: {
    country: 'Italy',
    flag: 'italy_r.jpg',
    heading: 'Italian trucks',
    makers: [
      ['Fiat', ['626', '666', '634']],
      ['Lancia', ['3Ro', 'Esatau']],
      ['SPA', ['Dovunque 35', 'TL37', 'AS37']],
      ['OM', ['Taurus']],
    ],
  },
  Japan: {
    country: 'Japan',
    flag: 'jap_r.jpg',
    heading: 'Japanese trucks',
    makers: [
      ['Isuzu', ['Type 94', 'TX40']],
      ['Toyota', ['KB', 'KC']],
      ['Nissan', ['180', '80']],
    ],
  },
  'United Kingdom': {
    country: 'United Kingdom',
    flag: 'uk_r.jpg',
    heading: 'British trucks',
    makers: [
      ['Bedford', ['MW', 'QL', 'OY', 'OX']],
      ['Morris', ['CS8', 'C8']],
      ['Austin', ['K2', 'K5']],
      ['AEC', ['Matador']],
      ['Scammell', ['Pioneer']],
      ['Guy', ['Quad-Ant']],
    ],
  },
  'United States': {
    country: 'United States',
    flag: 'usa_r.jpg',
    heading: 'American trucks',
    makers: [
      ['GMC', ['CCKW 353', 'AFKWX']],
      ['Dodge', ['WC-51', 'WC-62', 'T-234']],
      ['Diamond T', ['968', '980']],
      ['Mack', ['NO', 'NR']],
      ['Studebaker', ['US6']],
      ['Chevrolet', ['G506']],
    ],
  },
  'Soviet Union': {
    country: 'Soviet Union',
    flag: 'soviet_r.jpg',
    heading: 'Soviet trucks',
    makers: [
      ['ZiS', ['5', '6', '42']],
      ['GAZ', ['AA', 'AAA', '67']],
      ['YaG', ['6', '10']],
    ],
  },
};

/** The countries of the WW1 listing, each under its own heading and flag. */
export const WW1_COUNTRIES: readonly SimCountry[] = [
  {
    country: 'United Kingdom',
    flag: 'gb_r.gif',
    heading: 'British trucks',
    makers: [
      ['Thornycroft', ['J']],
      ['Leyland', ['RAF type']],
      ['AEC', ['Y-type']],
      ['Dennis', ['A']],
    ],
  },
  {
    country: 'France',
    flag: 'france_r.jpg',
    heading: 'French trucks',
    makers: [
      ['Berliet', ['CBA']],
      ['Renault', ['EG']],
      ['Latil', ['TAR']],
      ['Schneider', ['CD']],
    ],
  },
  {
    country: 'Germany',
    flag: 'all_imperial_r.jpg',
    heading: 'German trucks',
    makers: [
      ['Daimler', ['Marienfelde']],
      ['Büssing', ['KZW']],
      ['Benz', ['Gaggenau']],
    ],
  },
  {
    country: 'United States',
    flag: 'usa_r.jpg',
    heading: 'American trucks',
    makers: [
      ['Liberty', ['B']],
      ['FWD', ['B']],
      ['Nash', ['Quad']],
      ['Packard', ['E']],
    ],
  },
  {
    country: 'Italy',
    flag: 'italy_r.jpg',
    heading: 'Italian trucks',
    makers: [
      ['Fiat', ['15 Ter', '18BL']],
      ['SPA', ['9000']],
    ],
  },
  {
    country: 'Russia',
    flag: 'russ_r.jpg',
    heading: 'Russian trucks',
    makers: [
      ['Russo-Balt', ['Type D']],
      ['AMO', ['F-15']],
    ],
  },
  {
    country: 'Austria-Hungary',
    flag: 'austriahun_r.gif',
    heading: 'Austro-Hungarian trucks',
    makers: [
      ['Austro-Daimler', ['M12']],
      ['Laurin & Klement', ['MS']],
    ],
  },
];

/** What a vehicle is: the listing heading it goes under (WW2) and the word its name may carry. */
export interface VehicleKind {
  section: string;
  word: string;
}

export const VEHICLE_KINDS: ReadonlyArray<readonly [VehicleKind, number]> = [
  [{ section: 'Trucks', word: 'truck' }, 0.34],
  [{ section: 'Light trucks', word: 'light truck' }, 0.12],
  [{ section: 'Heavy trucks', word: 'heavy truck' }, 0.1],
  [{ section: 'Tractors', word: 'artillery tractor' }, 0.1],
  [{ section: 'Armoured cars', word: 'armoured car' }, 0.1],
  [{ section: 'Half-tracks', word: 'half-track' }, 0.07],
  [{ section: 'Utility vehicles', word: 'staff car' }, 0.07],
  [{ section: 'Specialized vehicles', word: 'tank transporter' }, 0.04],
  [{ section: 'Specialized vehicles', word: 'ambulance' }, 0.03],
  [{ section: 'Buses', word: 'bus' }, 0.03],
];

/** Where and when a photograph was taken, for captions, by war. */
export const SCENES: Readonly<Record<'WW1' | 'WW2', readonly string[]>> = {
  WW1: [
    'in the mud of Flanders, 1917',
    'on the Voie Sacrée to Verdun, 1916',
    'at the factory, 1915',
    'bringing up shells behind the front',
    'in a convoy in Palestine, 1918',
    'preserved in a museum',
  ],
  WW2: [
    'in North Africa, 1942',
    'on the Eastern Front, winter 1941',
    'during manoeuvres before the war',
    'in a convoy, Normandy 1944',
    'in Italy, 1943',
    'towing a field gun',
    'during a parade',
    'abandoned after the battle',
    'preserved in a museum',
  ],
};
