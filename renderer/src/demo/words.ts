/**
 * Word lists the demo builds names and addresses from. Names are assembled, never copied
 * from real companies; postcodes and cities are real pairs so addresses look right in an
 * envelope window. Phone numbers come from the ranges ARCEP and Ofcom keep for fiction,
 * e-mail domains end in `.example` (RFC 2606): a demo letter can never reach anyone.
 */

// prettier-ignore
export const SURNAMES = [
  'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau',
  'Simon', 'Laurent', 'Lefebvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier',
  'Morel', 'Girard', 'André', 'Lefèvre', 'Mercier', 'Dupont', 'Lambert', 'Bonnet', 'François', 'Martinez',
  'Legrand', 'Garnier', 'Faure', 'Rousseau', 'Blanc', 'Guérin', 'Muller', 'Henry', 'Roussel', 'Nicolas',
  'Perrin', 'Morin', 'Mathieu', 'Clément', 'Gauthier', 'Dumont', 'Lopez', 'Fontaine', 'Chevalier', 'Robin',
  'Masson', 'Sanchez', 'Gérard', 'Nguyen', 'Boyer', 'Denis', 'Lemaire', 'Duval', 'Joly', 'Gautier',
  'Roger', 'Roche', 'Roy', 'Noël', 'Meyer', 'Lucas', 'Meunier', 'Jean', 'Perez', 'Marchand',
  'Dufour', 'Blanchard', 'Marie', 'Barbier', 'Brun', 'Dumas', 'Brunet', 'Schmitt', 'Leroux', 'Colin',
  'Fernandez', 'Pierre', 'Renard', 'Arnaud', 'Rolland', 'Caron', 'Aubert', 'Giraud', 'Leclerc', 'Vidal',
  'Bourgeois', 'Renaud', 'Lemoine', 'Picard', 'Gaillard', 'Philippe', 'Leclercq', 'Lacroix', 'Fabre', 'Dupuis',
  'Olivier', 'Rodriguez', 'Da Silva', 'Hubert', 'Louis', 'Charles', 'Guillot', 'Rivière', 'Le Gall', 'Guillaume',
  'Adam', 'Rey', 'Moulin', 'Gonzalez', 'Berger', 'Lecomte', 'Menard', 'Fleury', 'Deschamps', 'Carpentier',
  'Julien', 'Benoît', 'Paris', 'Maillard', 'Marchal', 'Aubry', 'Vasseur', 'Le Roux', 'Renault', 'Jacquet',
  'Collet', 'Prévost', 'Poirier', 'Charpentier', 'Royer', 'Huet', 'Baron', 'Dupuy', 'Pons', 'Paul',
  'Laine', 'Carré', 'Breton', 'Rémy', 'Schneider', 'Perrot', 'Guyot', 'Barre', 'Marty', 'Cousin',
] as const;

// prettier-ignore
export const FIRST_NAMES_F = [
  'Marie', 'Nathalie', 'Isabelle', 'Sylvie', 'Catherine', 'Valérie', 'Christine', 'Sandrine', 'Céline', 'Sophie',
  'Stéphanie', 'Émilie', 'Julie', 'Aurélie', 'Camille', 'Claire', 'Laure', 'Anne', 'Hélène', 'Manon',
  'Léa', 'Chloé', 'Pauline', 'Virginie', 'Delphine', 'Karine', 'Agnès', 'Mathilde', 'Élodie', 'Inès',
] as const;

// prettier-ignore
export const FIRST_NAMES_M = [
  'Jean', 'Philippe', 'Michel', 'Alain', 'Patrick', 'Nicolas', 'Christophe', 'Pierre', 'Frédéric', 'Laurent',
  'Stéphane', 'Julien', 'David', 'Sébastien', 'Olivier', 'Thomas', 'Guillaume', 'Antoine', 'Maxime', 'Hugo',
  'Lucas', 'Romain', 'Vincent', 'Franck', 'Éric', 'Bruno', 'Yannick', 'Thierry', 'Arnaud', 'Mathieu',
] as const;

/** Trades of small French businesses, and what their invoices say. */
export const ACTIVITIES: readonly { trade: string; labels: readonly string[] }[] = [
  {
    trade: 'Menuiserie',
    labels: ['Fourniture et pose de fenêtres', 'Agencement de bureaux', 'Escalier sur mesure'],
  },
  { trade: 'Transports', labels: ['Transport de marchandises', 'Affrètement', 'Livraison express'] },
  { trade: 'Boulangerie', labels: ['Viennoiseries pour réception', 'Plateaux repas', 'Pains spéciaux'] },
  { trade: 'Garage', labels: ['Entretien de flotte', 'Réparation carrosserie', 'Pneumatiques'] },
  { trade: 'Imprimerie', labels: ['Impression de brochures', 'Cartes de visite', 'Signalétique'] },
  { trade: 'Plomberie', labels: ['Remplacement de chaudière', 'Dépannage', 'Contrat d’entretien annuel'] },
  {
    trade: 'Électricité',
    labels: ['Mise aux normes électriques', 'Éclairage LED', 'Installation de bornes'],
  },
  { trade: 'Bâtiment', labels: ['Gros œuvre – situation de travaux', 'Ravalement de façade', 'Maçonnerie'] },
  { trade: 'Conseil', labels: ['Mission de conseil', 'Accompagnement RH', 'Audit organisationnel'] },
  {
    trade: 'Informatique',
    labels: ['Maintenance informatique', 'Développement logiciel', 'Licences et support'],
  },
  { trade: 'Nettoyage', labels: ['Nettoyage des locaux', 'Vitrerie', 'Remise en état après travaux'] },
  { trade: 'Paysages', labels: ['Entretien des espaces verts', 'Élagage', 'Aménagement paysager'] },
  { trade: 'Traiteur', labels: ['Cocktail déjeunatoire', 'Séminaire – restauration', 'Buffet'] },
  { trade: 'Ingénierie', labels: ['Étude thermique', 'Bureau d’études structure', 'Maîtrise d’œuvre'] },
  { trade: 'Communication', labels: ['Création graphique', 'Campagne digitale', 'Refonte du site internet'] },
  { trade: 'Négoce', labels: ['Fournitures industrielles', 'Matériaux', 'Pièces détachées'] },
  { trade: 'Sécurité', labels: ['Télésurveillance', 'Gardiennage', 'Contrôle d’accès'] },
  { trade: 'Formation', labels: ['Formation professionnelle', 'Session de formation SST', 'Coaching'] },
];

export const BRAND_STARTS = [
  'Nova',
  'Alt',
  'Ter',
  'Lum',
  'Sol',
  'Ark',
  'Vel',
  'Opt',
  'Cap',
  'Hexa',
  'Axi',
  'Orb',
  'Val',
  'Ner',
  'Pro',
  'Cor',
  'Mir',
  'Zen',
  'Eur',
  'Ald',
  'Bel',
  'Cal',
  'Dom',
  'Sig',
  'Vit',
] as const;
export const BRAND_ENDS = [
  'is',
  'éa',
  'ix',
  'tec',
  'com',
  'via',
  'ane',
  'ys',
  'or',
  'ance',
  'eo',
  'um',
  'ao',
  'ens',
  'ora',
] as const;

export const PLACE_QUALIFIERS = [
  'de l’Ouest',
  'du Sud-Ouest',
  'des Alpes',
  'du Littoral',
  'de Provence',
  'du Val de Loire',
  'de Bretagne',
  'd’Alsace',
  'du Centre',
  'de Normandie',
  'du Grand Est',
  'des Pyrénées',
  'du Rhône',
  'de Champagne',
] as const;

/** Weights of legal forms among small business customers. */
export const LEGAL_FORMS = { SARL: 34, SAS: 30, SASU: 10, EURL: 12, SA: 6, SNC: 3, SCOP: 2, EI: 3 } as const;

/** Real postcodes with their city, as La Poste prints them (no accents, capitals). */
// prettier-ignore
export const CITIES: readonly [string, string][] = [
  ['75011', 'PARIS'], ['75015', 'PARIS'], ['75008', 'PARIS'], ['75019', 'PARIS'], ['69003', 'LYON'],
  ['69007', 'LYON'], ['13008', 'MARSEILLE'], ['13002', 'MARSEILLE'], ['31000', 'TOULOUSE'], ['31400', 'TOULOUSE'],
  ['44000', 'NANTES'], ['33000', 'BORDEAUX'], ['33700', 'MERIGNAC'], ['59000', 'LILLE'], ['59100', 'ROUBAIX'],
  ['67000', 'STRASBOURG'], ['35000', 'RENNES'], ['34000', 'MONTPELLIER'], ['06000', 'NICE'], ['21000', 'DIJON'],
  ['37000', 'TOURS'], ['49000', 'ANGERS'], ['63000', 'CLERMONT-FERRAND'], ['38000', 'GRENOBLE'], ['51100', 'REIMS'],
  ['76000', 'ROUEN'], ['14000', 'CAEN'], ['87000', 'LIMOGES'], ['29200', 'BREST'], ['64000', 'PAU'],
  ['45000', 'ORLEANS'], ['80000', 'AMIENS'], ['57000', 'METZ'], ['54000', 'NANCY'], ['25000', 'BESANCON'],
  ['86000', 'POITIERS'], ['17000', 'LA ROCHELLE'], ['56100', 'LORIENT'], ['44800', 'SAINT-HERBLAIN'],
  ['92100', 'BOULOGNE-BILLANCOURT'], ['93100', 'MONTREUIL'], ['94300', 'VINCENNES'], ['78000', 'VERSAILLES'],
  ['74000', 'ANNECY'], ['73000', 'CHAMBERY'], ['84000', 'AVIGNON'], ['30000', 'NIMES'], ['66000', 'PERPIGNAN'],
  ['83000', 'TOULON'], ['42000', 'SAINT-ETIENNE'], ['72000', 'LE MANS'], ['53000', 'LAVAL'], ['22000', 'SAINT-BRIEUC'],
  ['50100', 'CHERBOURG-EN-COTENTIN'], ['68100', 'MULHOUSE'], ['26000', 'VALENCE'], ['24000', 'PERIGUEUX'],
  ['19100', 'BRIVE-LA-GAILLARDE'], ['85000', 'LA ROCHE-SUR-YON'], ['62000', 'ARRAS'], ['10000', 'TROYES'],
  ['41000', 'BLOIS'], ['18000', 'BOURGES'], ['71100', 'CHALON-SUR-SAONE'], ['01000', 'BOURG-EN-BRESSE'],
  ['20000', 'AJACCIO'], ['97400', 'SAINT-DENIS'], ['40000', 'MONT-DE-MARSAN'], ['65000', 'TARBES'],
];

export const STREET_TYPES = {
  RUE: 50,
  AVENUE: 15,
  BOULEVARD: 7,
  CHEMIN: 6,
  ALLEE: 6,
  IMPASSE: 4,
  PLACE: 4,
  QUAI: 3,
  ROUTE: 5,
} as const;

// prettier-ignore
export const STREET_NAMES = [
  'DES LILAS', 'VICTOR HUGO', 'JEAN JAURES', 'DE LA REPUBLIQUE', 'DU GENERAL DE GAULLE', 'PASTEUR', 'DES ECOLES',
  'DU MOULIN', 'DE LA GARE', 'DES TILLEULS', 'GAMBETTA', 'DU STADE', 'DES ARTISANS', 'DE L INDUSTRIE', 'FOCH',
  'DE VERDUN', 'DU 8 MAI 1945', 'DES ACACIAS', 'JULES FERRY', 'DE LA LIBERATION', 'DU CHATEAU', 'DES VIGNES',
  'SAINT MARTIN', 'DE LA PAIX', 'ANATOLE FRANCE', 'DES PEUPLIERS', 'DU PORT', 'DES FORGES', 'MARCEL PAGNOL',
  'DE LA FONTAINE', 'DES PRES', 'EMILE ZOLA', 'DU COMMERCE', 'DES CERISIERS', 'DE BELLEVUE',
] as const;

export const BUILDINGS = [
  'BATIMENT A',
  'BATIMENT B',
  'IMMEUBLE LE FORUM',
  'RESIDENCE LES PINS',
  'ESCALIER 2',
] as const;
export const BUSINESS_PARKS = [
  'ZA DES TROIS MOULINS',
  'ZI DE LA CROIX BLANCHE',
  'PARC D ACTIVITES DU BOIS',
  'ZAC DU CHENE VERT',
  'TECHNOPOLE DE L OUEST',
] as const;

export const PUBLIC_BODIES = [
  (city: string): string => `Commune de ${city}`,
  (city: string): string => `Centre hospitalier de ${city}`,
  (city: string): string => `Communauté d’agglomération de ${city}`,
  (city: string): string => `Syndicat des eaux de ${city}`,
  (_city: string, person: string): string => `Lycée professionnel ${person}`,
  (_city: string, person: string): string => `Collège ${person}`,
] as const;

export const FAMOUS_PEOPLE = [
  'Jules Verne',
  'Marie Curie',
  'Jean Moulin',
  'Simone Veil',
  'Louis Pasteur',
  'George Sand',
  'Victor Hugo',
] as const;

export const ENGLISH_WORDS = [
  'Harbour',
  'Kestrel',
  'Northgate',
  'Bluebell',
  'Riverside',
  'Oakfield',
  'Silverline',
  'Highmoor',
  'Westbrook',
  'Ashford',
] as const;
export const ENGLISH_TRADES = [
  'Logistics',
  'Software',
  'Consulting',
  'Engineering',
  'Foods',
  'Media',
  'Supplies',
  'Interiors',
] as const;
export const ENGLISH_STREETS = [
  'MILL LANE',
  'HIGH STREET',
  'STATION ROAD',
  'CHURCH STREET',
  'PARK AVENUE',
  'QUEENS ROAD',
] as const;
/** Real UK town / postcode-district pairs and Dublin routing keys. */
export const UK_TOWNS: readonly [string, string][] = [
  ['LEEDS', 'LS1'],
  ['MANCHESTER', 'M1'],
  ['BIRMINGHAM', 'B1'],
  ['BRISTOL', 'BS1'],
  ['LONDON', 'EC2A'],
  ['EDINBURGH', 'EH1'],
  ['GLASGOW', 'G2'],
  ['CAMBRIDGE', 'CB2'],
];
export const DUBLIN_KEYS = ['D02', 'D04', 'D08', 'D15'] as const;

export const DISPUTE_REASONS = [
  'Marchandise livrée endommagée',
  'Quantités facturées supérieures au bon de livraison',
  'Prestation jugée incomplète par le client',
  'Prix différent du devis accepté',
  'Facture reçue en double selon le client',
  'Retard de livraison contesté',
] as const;

export const CALL_NOTES = [
  'Appel : la comptabilité confirme la réception de la facture.',
  'Message laissé sur le répondeur.',
  'Appel : paiement en attente de validation interne.',
  'Appel : le client demande un duplicata de la facture.',
] as const;
