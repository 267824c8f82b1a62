// The interface's words in English and French. The language is the browser's first of the two (English when
// neither), or the one the reader chose last (kept in localStorage). Texts from the store are never translated.

const MESSAGES = {
  en: {
    'skip': 'Skip to content',
    'nav.label': 'Pages',
    'nav.events': 'Events', 'nav.map': 'Map', 'nav.timeline': 'Timeline', 'nav.network': 'Network',
    'lang.switch': 'Français', 'lang.switchLabel': 'Afficher l’interface en français',
    'overview.title': 'Events in the store',
    'overview.intro': 'Who did what to whom, where and when: every event opens on the sentences that report it.',
    'overview.latest': 'Latest events', 'overview.all': 'All events',
    'filters.title': 'Filters', 'filters.apply': 'Apply', 'filters.reset': 'Reset',
    'f.actor': 'Actor (code)', 'f.country': 'Country (ISO-3)', 'f.dyad': 'Dyad (source,target)',
    'f.either_order': 'Either direction', 'f.cameo': 'CAMEO code or prefix', 'f.root': 'CAMEO root',
    'f.quad_class': 'QuadClass', 'f.from': 'From', 'f.to': 'To', 'f.lang': 'Language', 'f.bbox': 'Place (map area: west,south,east,north)',
    'f.q': 'Words in the evidence', 'f.min_sources': 'Minimum sources', 'f.mode': 'Mode', 'f.any': 'any',
    'f.interval': 'Period',
    'interval.day': 'day', 'interval.week': 'week', 'interval.month': 'month', 'interval.year': 'year',
    'lang.fr': 'French', 'lang.en': 'English',
    'quad.1': 'Verbal cooperation', 'quad.2': 'Material cooperation', 'quad.3': 'Verbal conflict', 'quad.4': 'Material conflict',
    'mode.asserted': 'asserted', 'mode.negated': 'negated', 'mode.failed': 'failed', 'mode.hypothetical': 'hypothetical',
    'mode.future': 'future', 'mode.question': 'question', 'mode.denied': 'denied', 'mode.all': 'all',
    'events.title': 'Events', 'events.count': '{n} events', 'events.countUnknown': 'events',
    'events.range': 'Events {from} to {to} of {total}', 'events.none': 'No event matches these filters.',
    'events.next': 'Next page', 'events.first': 'First page', 'events.caption': 'Events matching the filters',
    'col.date': 'Date', 'col.source': 'Source', 'col.event': 'Event', 'col.target': 'Target', 'col.quad': 'QuadClass',
    'col.goldstein': 'Goldstein', 'col.place': 'Place', 'col.sources': 'Sources', 'col.events': 'Events',
    'col.period': 'Period', 'col.coop': 'Cooperation events', 'col.conflict': 'Conflict events',
    'col.coopG': 'Cooperation Goldstein sum', 'col.conflictG': 'Conflict Goldstein sum', 'col.weight': 'Events',
    'col.mean': 'Mean Goldstein', 'col.country': 'Country',
    'event.title': 'Event {id}', 'event.code': 'CAMEO code', 'event.plover': 'PLOVER type', 'event.quad': 'QuadClass',
    'event.goldstein': 'Goldstein', 'event.source': 'Source', 'event.target': 'Target', 'event.date': 'Date',
    'event.place': 'Place', 'event.sources': 'Sources', 'event.mentions': 'Reports ({n})', 'event.mode': 'Mode',
    'event.langs': 'Languages', 'event.noTarget': 'none', 'event.noPlace': 'not located', 'event.undated': 'undated',
    'event.rule': 'Rule', 'event.trigger': 'Trigger', 'event.outlet': 'Outlet', 'event.article': 'Article',
    'event.link': 'Original', 'event.notFound': 'No such event.', 'event.mergedFrom': 'Event {id} was merged into this one by later reports.', 'event.legend': 'Highlighted: trigger, source, target, place.',
    'event.dyadEvents': 'Every event between these two actors', 'event.dyadTimeline': 'Their timeline',
    'actor.code': 'code', 'actor.country': 'country', 'actor.sector': 'sector', 'actor.org': 'organisation',
    'article.title': 'Article', 'article.events': 'Events coded in this article ({n})', 'article.text': 'Text',
    'article.notFound': 'No such article.', 'article.published': 'Published', 'article.outlet': 'Outlet',
    'article.lang': 'Language', 'article.untitled': '(untitled)', 'article.spanLabel': 'event {id}',
    'map.title': 'Map', 'map.label': 'Map of the located events', 'map.legend': 'Colour of a point: its events’ most frequent QuadClass; size: their number. Countries are shaded by the number of events placed in them.',
    'map.places': 'Places on the map ({n})', 'map.showEvents': 'Show the events in this area',
    'map.cluster': '{place}: {n} events', 'map.clusterMany': '{place} and places nearby: {n} events',
    'map.countries': 'Countries with events ({n})',
    'timeline.title': 'Timeline', 'timeline.label': 'Events and Goldstein sum per period',
    'timeline.coop': 'Cooperation (QuadClass 1-2)', 'timeline.conflict': 'Conflict (QuadClass 3-4)',
    'timeline.coopG': 'Goldstein sum, cooperation', 'timeline.conflictG': 'Goldstein sum, conflict',
    'timeline.table': 'The figures', 'timeline.none': 'No dated event matches these filters.',
    'network.title': 'Network', 'network.label': 'Actors and the events between them',
    'network.legend': 'An arrow goes from the source to the target; its width is the number of events, its colour their mean Goldstein score (red conflict, green cooperation). Select an actor or a link to list its events.',
    'network.edges': 'Dyads ({n})', 'network.none': 'No dyad matches these filters.',
    'loading': 'Loading…', 'error': 'The server answered: {message}', 'loaded': '{page} loaded',
  },
  fr: {
    'skip': 'Aller au contenu',
    'nav.label': 'Pages',
    'nav.events': 'Événements', 'nav.map': 'Carte', 'nav.timeline': 'Chronologie', 'nav.network': 'Réseau',
    'lang.switch': 'English', 'lang.switchLabel': 'Show the interface in English',
    'overview.title': 'Les événements de la base',
    'overview.intro': 'Qui a fait quoi à qui, où et quand : chaque événement s’ouvre sur les phrases qui le rapportent.',
    'overview.latest': 'Derniers événements', 'overview.all': 'Tous les événements',
    'filters.title': 'Filtres', 'filters.apply': 'Appliquer', 'filters.reset': 'Effacer',
    'f.actor': 'Acteur (code)', 'f.country': 'Pays (ISO-3)', 'f.dyad': 'Dyade (source,cible)',
    'f.either_order': 'Dans les deux sens', 'f.cameo': 'Code CAMEO ou préfixe', 'f.root': 'Racine CAMEO',
    'f.quad_class': 'QuadClass', 'f.from': 'Du', 'f.to': 'Au', 'f.lang': 'Langue', 'f.bbox': 'Lieu (zone : ouest,sud,est,nord)',
    'f.q': 'Mots de la phrase source', 'f.min_sources': 'Sources au moins', 'f.mode': 'Mode', 'f.any': 'tous',
    'f.interval': 'Période',
    'interval.day': 'jour', 'interval.week': 'semaine', 'interval.month': 'mois', 'interval.year': 'année',
    'lang.fr': 'français', 'lang.en': 'anglais',
    'quad.1': 'Coopération verbale', 'quad.2': 'Coopération matérielle', 'quad.3': 'Conflit verbal', 'quad.4': 'Conflit matériel',
    'mode.asserted': 'affirmé', 'mode.negated': 'nié', 'mode.failed': 'échoué', 'mode.hypothetical': 'hypothétique',
    'mode.future': 'futur', 'mode.question': 'question', 'mode.denied': 'démenti', 'mode.all': 'tous',
    'events.title': 'Événements', 'events.count': '{n} événements', 'events.countUnknown': 'événements',
    'events.range': 'Événements {from} à {to} sur {total}', 'events.none': 'Aucun événement ne répond à ces filtres.',
    'events.next': 'Page suivante', 'events.first': 'Première page', 'events.caption': 'Événements répondant aux filtres',
    'col.date': 'Date', 'col.source': 'Source', 'col.event': 'Événement', 'col.target': 'Cible', 'col.quad': 'QuadClass',
    'col.goldstein': 'Goldstein', 'col.place': 'Lieu', 'col.sources': 'Sources', 'col.events': 'Événements',
    'col.period': 'Période', 'col.coop': 'Événements de coopération', 'col.conflict': 'Événements de conflit',
    'col.coopG': 'Somme Goldstein, coopération', 'col.conflictG': 'Somme Goldstein, conflit', 'col.weight': 'Événements',
    'col.mean': 'Goldstein moyen', 'col.country': 'Pays',
    'event.title': 'Événement {id}', 'event.code': 'Code CAMEO', 'event.plover': 'Type PLOVER', 'event.quad': 'QuadClass',
    'event.goldstein': 'Goldstein', 'event.source': 'Source', 'event.target': 'Cible', 'event.date': 'Date',
    'event.place': 'Lieu', 'event.sources': 'Sources', 'event.mentions': 'Mentions ({n})', 'event.mode': 'Mode',
    'event.langs': 'Langues', 'event.noTarget': 'aucune', 'event.noPlace': 'non localisé', 'event.undated': 'non daté',
    'event.rule': 'Règle', 'event.trigger': 'Déclencheur', 'event.outlet': 'Média', 'event.article': 'Article',
    'event.link': 'Original', 'event.notFound': 'Cet événement n’existe pas.', 'event.mergedFrom': 'L’événement {id} a été fusionné avec celui-ci par des reportages ultérieurs.', 'event.legend': 'En couleur : déclencheur, source, cible, lieu.',
    'event.dyadEvents': 'Tous les événements entre ces deux acteurs', 'event.dyadTimeline': 'Leur chronologie',
    'actor.code': 'code', 'actor.country': 'pays', 'actor.sector': 'secteur', 'actor.org': 'organisation',
    'article.title': 'Article', 'article.events': 'Événements codés dans cet article ({n})', 'article.text': 'Texte',
    'article.notFound': 'Cet article n’existe pas.', 'article.published': 'Publié le', 'article.outlet': 'Média',
    'article.lang': 'Langue', 'article.untitled': '(sans titre)', 'article.spanLabel': 'événement {id}',
    'map.title': 'Carte', 'map.label': 'Carte des événements localisés', 'map.legend': 'Couleur d’un point : la QuadClass la plus fréquente de ses événements ; taille : leur nombre. Les pays sont teintés selon le nombre d’événements qui s’y déroulent.',
    'map.places': 'Lieux sur la carte ({n})', 'map.showEvents': 'Voir les événements de cette zone',
    'map.cluster': '{place} : {n} événements', 'map.clusterMany': '{place} et lieux proches : {n} événements',
    'map.countries': 'Pays ayant des événements ({n})',
    'timeline.title': 'Chronologie', 'timeline.label': 'Événements et somme Goldstein par période',
    'timeline.coop': 'Coopération (QuadClass 1-2)', 'timeline.conflict': 'Conflit (QuadClass 3-4)',
    'timeline.coopG': 'Somme Goldstein, coopération', 'timeline.conflictG': 'Somme Goldstein, conflit',
    'timeline.table': 'Les chiffres', 'timeline.none': 'Aucun événement daté ne répond à ces filtres.',
    'network.title': 'Réseau', 'network.label': 'Les acteurs et les événements qui les lient',
    'network.legend': 'Une flèche va de la source à la cible ; son épaisseur est le nombre d’événements, sa couleur leur score Goldstein moyen (rouge conflit, vert coopération). Choisir un acteur ou un lien affiche ses événements.',
    'network.edges': 'Dyades ({n})', 'network.none': 'Aucune dyade ne répond à ces filtres.',
    'loading': 'Chargement…', 'error': 'Le serveur a répondu : {message}', 'loaded': '{page} chargée',
  },
};

const STORAGE_KEY = 'parley.lang';

function initialLanguage() {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved && MESSAGES[saved]) return saved;
  } catch (e) { /* storage may be disabled */ }
  for (const l of navigator.languages || [navigator.language || 'en']) {
    const base = String(l).slice(0, 2).toLowerCase();
    if (MESSAGES[base]) return base;
  }
  return 'en';
}

let current = initialLanguage();

export function lang() {
  return current;
}

export function setLang(l) {
  if (!MESSAGES[l]) return;
  current = l;
  try { localStorage.setItem(STORAGE_KEY, l); } catch (e) { /* storage may be disabled */ }
}

/** The message for key in the current language, with {name} replaced by vars.name. */
export function t(key, vars) {
  const text = MESSAGES[current][key] ?? MESSAGES.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (m, name) => (vars && name in vars ? String(vars[name]) : m));
}

/** Numbers and dates as the reader's language writes them. */
export function number(n) {
  return new Intl.NumberFormat(current).format(n);
}

/** Translates the static parts of the page (elements with data-i18n or data-i18n-label). */
export function translateShell() {
  document.documentElement.lang = current;
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of document.querySelectorAll('[data-i18n-label]')) node.setAttribute('aria-label', t(node.dataset.i18nLabel));
  const button = document.getElementById('lang-switch');
  button.textContent = t('lang.switch');
  button.setAttribute('aria-label', t('lang.switchLabel'));
  button.setAttribute('lang', current === 'en' ? 'fr' : 'en');
}

