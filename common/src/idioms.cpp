#include "radar/idioms.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "radar/text.h"

namespace radar {
namespace {

struct Idiom {
  std::vector<std::string> phrase;
  std::size_t skip;          // words passed over from its first
  std::size_t concept_word;  // the place of the word that names a concept
};

const std::vector<Idiom>& idioms() {
  static const std::vector<Idiom> list = [] {
    std::vector<Idiom> out;
    for (const char* kind : {"hvert", "alle", "ethvert", "værste", "bedste", "så", "givet", "modsat",  // da
                             "verste", "beste", "motsatt",                                           // nb
                             "alla", "varje", "värsta", "bästa", "annat"}) {                           // sv
      out.push_back({{"i", kind, "fald"}, 3, 2});
      out.push_back({{"i", kind, "fall"}, 3, 2});
    }
    for (const char* verb : {"falde", "falder", "faldt", "faldet", "falle", "faller", "falt"}) {
      out.push_back({{verb, "i", "søvn"}, 1, 0});
    }
    for (const char* verb : {"fall", "falls", "fell", "falling", "fallen"}) out.push_back({{verb, "asleep"}, 1, 0});
    // "falde fra" (drop out: "mange falder fra forløbet") is no fall. A fall from something
    // is "falde ud af sengen", "falde ned fra stigen" in care texts; no shipped record or
    // need says "falder fra" of a fall.
    for (const char* verb : {"falde", "falder", "faldt", "faldet", "falle", "faller", "falt"}) {
      out.push_back({{verb, "fra"}, 2, 0});
    }
    // "falder bagud" (fall behind: "mister kontakten til klassekammerater og falder fagligt
    // bagud") is no fall either.
    for (const char* verb : {"falde", "falder", "faldt", "faldet"}) {
      out.push_back({{verb, "bagud"}, 2, 0});
      out.push_back({{verb, "fagligt", "bagud"}, 3, 0});
    }
    for (const char* verb : {"fall", "falls", "fell", "falling", "fallen"}) out.push_back({{verb, "behind"}, 2, 0});
    // "falde mellem to stole" (be nobody's task: "så inget faller mellan stolarna") is no fall.
    for (const char* verb : {"falde", "falder", "faldt", "faldet", "falle", "faller", "falt"}) {
      out.push_back({{verb, "mellem", "to", "stole"}, 4, 0});
      out.push_back({{verb, "mellom", "to", "stoler"}, 4, 0});
      out.push_back({{verb, "mellom", "stolene"}, 3, 0});
    }
    for (const char* verb : {"falla", "faller", "föll", "fallit"}) out.push_back({{verb, "mellan", "stolarna"}, 3, 0});
    for (const char* verb : {"fall", "falls", "fell", "falling", "fallen"}) {
      out.push_back({{verb, "between", "the", "cracks"}, 4, 0});
      out.push_back({{verb, "through", "the", "cracks"}, 4, 0});
      out.push_back({{verb, "between", "two", "stools"}, 4, 0});
    }
    // "et brud med kæresten" (a break-up, a break with a habit or a past) is no fracture,
    // which is a "brud på lårbenet" or "i hoften".
    for (const char* noun : {"brud", "bruddet", "brudd"}) out.push_back({{noun, "med"}, 2, 0});
    // "lade sig gøre" (be possible) charges no battery ("lade" shares the stem of "lading").
    for (const char* verb : {"lade", "lader", "lod", "ladet"}) out.push_back({{verb, "sig", "gøre"}, 3, 0});
    // "lægge vægt på" (emphasise) weighs nothing; "med vægt på" is left alone, since "borgere
    // med vægt på over 150 kg" is a weight.
    for (const char* verb : {"lægge", "lægger", "lægges", "lagde", "lagt", "legge", "legger", "legges", "la"}) {
      out.push_back({{verb, "vægt", "på"}, 3, 1});
      out.push_back({{verb, "vekt", "på"}, 3, 1});
      // with a word of degree or of reason between ("lægger stor vægt på", "lagde derfor vægt på")
      for (const char* between : {"stor", "særlig", "især", "også", "derfor", "mest", "mindre", "mer", "særskilt"}) {
        out.push_back({{verb, between, "vægt", "på"}, 4, 2});
        out.push_back({{verb, between, "vekt", "på"}, 4, 2});
      }
    }
    for (const char* verb : {"lägga", "lägger", "läggs", "lade", "lagt"}) {
      out.push_back({{verb, "vikt", "vid"}, 3, 1});
      for (const char* between : {"stor", "särskild", "särskilt", "också", "därför", "mest", "mindre"}) {
        out.push_back({{verb, between, "vikt", "vid"}, 4, 2});
      }
    }
    // "gribe ind" (intervene) and "gribe det an" (approach it) use no reacher ("griber").
    for (const char* verb : {"gribe", "griber", "greb", "grebet"}) {
      out.push_back({{verb, "ind"}, 1, 0});
      out.push_back({{verb, "det", "an"}, 1, 0});
      // and as a question asks it: "hvordan griber man (vi, I) det an?"
      for (const char* who : {"man", "vi", "i", "de"}) out.push_back({{verb, who, "det", "an"}, 1, 0});
    }
    // Swedish "oroa sig" (worry) is no agitation ("oro", "orolig" in care texts).
    for (const char* verb : {"oroa", "oroar", "oroade", "oroat"}) out.push_back({{verb, "sig"}, 1, 0});
    // "i fællesskab" (jointly, together) is no social contact ("fællesskab", a community).
    out.push_back({{"i", "fællesskab"}, 2, 1});
    out.push_back({{"i", "fellesskap"}, 2, 1});
    // "i blinde" (blindly: "sender hjemmeplejen ud i blinde") and Swedish "i blindo" are no
    // blindness ("blinde", the blind).
    out.push_back({{"i", "blinde"}, 2, 1});
    out.push_back({{"i", "blindo"}, 2, 1});
    // "wound up" (tense, agitated: "she arrives wound up") is no wound.
    out.push_back({{"wound", "up"}, 2, 0});
    // "en integreret del af" (an integral part of) joins no systems ("integration").
    for (const char* integral : {"integreret", "integrerad", "integrert"}) out.push_back({{integral, "del"}, 2, 0});
    // "vende udviklingen" (reverse the trend), "vende tilbage" (return; "Pls vend tilbage før
    // mandag") and "vende på en tallerken" (turn on the spot) turn nobody in bed ("vending":
    // "vende" shares its stem).
    for (const char* verb : {"vende", "vender", "vendte", "vendt", "vend"}) {
      for (const char* what : {"udviklingen", "udvikling", "kurven", "trenden", "tendensen", "tilbage"}) {
        out.push_back({{verb, what}, 1, 0});
      }
      out.push_back({{verb, "på", "en", "tallerken"}, 1, 0});
    }
    // Sailing ("færgen sejler fire gange om dagen", "ferja seiler") lifts nobody in a sling
    // ("løftesejl": "sejl" and "seil" share the verbs' stems); no form of the verb is the sling.
    for (const char* verb : {"sejle", "sejler", "sejlede", "sejlende", "seile", "seiler", "seilte", "seilende"}) {
      out.push_back({{verb}, 1, 0});
    }
    // "under huden" (under the skin: where a vein or an implant is) is no skin care ("hud").
    out.push_back({{"under", "huden"}, 2, 1});
    out.push_back({{"under", "the", "skin"}, 3, 2});
    // "uroen smitter af på de andre" (rubs off on) spreads no infection ("smitte"); with
    // "af på" only, since "smittet af influenza" is an infection.
    for (const char* verb : {"smitte", "smitter", "smittede", "smittet"}) out.push_back({{verb, "af", "på"}, 1, 0});
    for (const char* verb : {"smitter", "smitta", "smittet"}) out.push_back({{verb, "av", "på"}, 1, 0});  // nb
    // "tage tabletten" (take the pill: "se dem tage tabletten hjemme via video") is medicine
    // taken, not a tablet computer ("tablet"); both words are passed over.
    for (const char* verb : {"tage", "tager", "tog", "taget", "ta", "tar", "tok", "tatt", "tagit", "sluge", "sluger"}) {
      for (const char* pill : {"tabletten", "tabletterne", "tabletter", "tablettene", "tabletterna"}) {
        out.push_back({{verb, pill}, 2, 1});
      }
    }
    for (const char* verb : {"take", "takes", "took", "taken", "taking", "swallow", "swallows"}) {
      for (const char* pill : {"the", "his", "her", "their"}) out.push_back({{verb, pill, "tablets"}, 3, 2});
    }
    // "soveværelse og bad", "køkken og bad" name the rooms of a home: the bathroom, where no
    // one is bathed ("badning"). Not "toilet og bad", which is as often help with both, and
    // not the Norwegian rooms, whose "bad" the thesaurus scopes to the bathroom already.
    for (const char* room : {"soveværelse", "soveværelset", "køkken", "køkkenet", "entré"}) {
      out.push_back({{room, "og", "bad"}, 3, 2});
      out.push_back({{room, "og", "badet"}, 3, 2});
    }
    // "faste vendinger" (set phrases someone uses) turns nobody in bed ("vending").
    for (const char* kind : {"faste", "sproglige", "typiske"}) out.push_back({{kind, "vendinger"}, 2, 1});
    // "drikke en kop kaffe med" (meet someone over coffee) is company, not fluid intake.
    for (const char* verb : {"drikke", "drikker", "drak"}) {
      out.push_back({{verb, "en", "kop", "kaffe", "med"}, 1, 0});
      out.push_back({{verb, "kaffe", "med"}, 1, 0});  // "nogen at gå tur eller drikke kaffe med"
    }
    for (const char* verb : {"dricka", "dricker", "drack"}) out.push_back({{verb, "kaffe", "med"}, 1, 0});
    // Danish and Swedish "bad" is also the past of "bede"/"be", to ask ("Lotte bad mig sende
    // det videre", "Arbetsterapeuten bad mig kolla det här"): followed by whom it asked, it
    // bathes nobody ("badning"). Not before "om": "bad om hjælp" is asked, but "et bad om
    // ugen" is a bath a week.
    for (const char* asked : {"mig", "dig", "os", "jer", "dem", "ham", "hende",  // da
                              "mej", "dej", "oss", "er", "honom", "henne"}) {    // sv
      out.push_back({{"bad", asked}, 1, 0});
    }
    // A dog walker walks no walker ("a dog walker found her": "walker", a rollator).
    out.push_back({{"dog", "walker"}, 2, 1});
    out.push_back({{"dog", "walkers"}, 2, 1});
    // "hvad der rører sig" (what is going on) is no physical activity ("røre sig").
    out.push_back({{"hvad", "der", "rører", "sig"}, 4, 2});
    out.push_back({{"vad", "som", "rör", "sig"}, 4, 2});
    out.push_back({{"hva", "som", "rører", "seg"}, 4, 2});
    // ... and after what exists or happens ("hvad der findes og rører sig på ældreområdet")
    for (const char* verb : {"findes", "sker"}) out.push_back({{verb, "og", "rører", "sig"}, 4, 2});
    for (const char* verb : {"finns", "händer"}) out.push_back({{verb, "och", "rör", "sig"}, 4, 2});
    for (const char* verb : {"finnes", "skjer"}) out.push_back({{verb, "og", "rører", "seg"}, 4, 2});
    // "læse op på" (read up on: "noget, jeg kan læse op på") reads nothing aloud
    // ("talesyntese": "læse op"); "læse op for" does.
    for (const char* verb : {"læse", "læser", "læste", "læst"}) out.push_back({{verb, "op", "på"}, 3, 0});
    // The category an aid is applied for or granted as ("vi kan søge om som boligændring",
    // "kan bevilges som hjælpemiddel", "søke det som hjelpemiddel") is the municipality's
    // casework, not what the aid must do: the category word names no concept there.
    for (const char* verb :
         {"søge",     "søges",    "søger",      "søgt",     "ansøge",    "ansøges",   "bevilge",   "bevilges",
          "bevilger", "bevilget", "bevilliges", "søke",     "søkes",     "innvilge",  "innvilges", "innvilget",
          "söka",     "söks",     "bevilja",    "beviljas", "förskriva", "förskrivas"}) {
      for (const char* category : {"hjælpemiddel", "hjælpemidler", "boligændring", "boligændringer", "boligindretning",
                                   "boligtilpasning", "hjelpemiddel", "hjelpemidler", "hjälpmedel"}) {
        out.push_back({{verb, "som", category}, 3, 2});
        for (const char* between : {"om", "det", "den", "dem", "bevilget", "ham", "hende"}) {
          out.push_back({{verb, between, "som", category}, 4, 3});
        }
      }
    }
    // Having been told that, or told to ("Vi har fået besked om, at Asta starter i 6.b", "vi
    // har fået besked på, at vi skal vise velfærdsteknologi"), is no notification a product sends.
    for (const char* verb : {"fået", "fik"}) {
      out.push_back({{verb, "besked", "om", "at"}, 4, 1});
      out.push_back({{verb, "besked", "på", "at"}, 4, 1});
    }
    for (const char* verb : {"fått", "fikk"}) {
      out.push_back({{verb, "beskjed", "om", "at"}, 4, 1});
      out.push_back({{verb, "beskjed", "om", "å"}, 4, 1});
    }
    for (const char* verb : {"fått", "fick"}) out.push_back({{verb, "besked", "om", "att"}, 4, 1});
    // The aids centre an aid is lent through ("noget, vi kan låne ut via hjelpemiddelsentralen",
    // "lånes fra hjælpemiddeldepotet") is the channel, as the category above is: the depot's
    // own systems are not what the need asks for.
    for (const char* verb : {"låne", "låner", "lånes", "udlåne", "udlånes", "lånt", "låna", "lånas", "lånat"}) {
      for (const char* through : {"via", "fra", "gennem", "gjennom", "från", "genom"}) {
        for (const char* depot :
             {"hjælpemiddeldepotet", "hjælpemiddelcentralen", "hjelpemiddelsentralen", "hjälpmedelscentralen"}) {
          out.push_back({{verb, through, depot}, 3, 2});
          for (const char* out_word : {"ud", "ut"}) out.push_back({{verb, out_word, through, depot}, 4, 3});
        }
      }
    }
    // English "lift" as a verb ("She can lift it to shoulder height", "to lift him") is no
    // hoist ("lift", a noun in the care texts of every language): after a modal or "to", or
    // before whom or what it lifts.
    for (const char* modal : {"can", "could", "cannot", "t", "to", "will", "would", "must", "should", "not"}) {
      out.push_back({{modal, "lift"}, 2, 1});
    }
    for (const char* verb : {"lift", "lifts", "lifted", "lifting"}) {
      for (const char* what : {"it", "her", "him", "them", "his", "their", "herself", "himself", "themselves", "me",
                               "us", "you", "my", "your", "our"}) {
        out.push_back({{verb, what}, 1, 0});
      }
    }
    // Turning on a coin ("vende og dreje på en femøre", "snu på en femøring", "turn on a
    // dime") says a chair is nimble, not that anyone is turned in bed.
    for (const char* verb : {"vende", "vender", "dreje", "drejer", "snu", "snur", "svänga", "svänger", "vända"}) {
      for (const char* coin : {"femøre", "femøring", "femöring"}) {
        out.push_back({{verb, "på", "en", coin}, 4, 0});
        out.push_back({{verb, "og", "dreje", "på", "en", coin}, 6, 0});
      }
    }
    for (const char* verb : {"turn", "turns", "turning"}) {
      for (const char* coin : {"dime", "sixpence"}) out.push_back({{verb, "on", "a", coin}, 4, 0});
    }
    return out;
  }();
  return list;
}

// The idioms by their first word: a text is walked once, and only the few words that
// open an idiom are compared further (a crawled page is thousands of words).
const std::unordered_map<std::string_view, std::vector<const Idiom*>>& idioms_by_first_word() {
  static const auto index = [] {
    std::unordered_map<std::string_view, std::vector<const Idiom*>> out;
    for (const auto& idiom : idioms()) out[idiom.phrase.front()].push_back(&idiom);
    return out;
  }();
  return index;
}

// The first three bytes of every idiom's concept word: a text holding none of them
// holds no idiom, which spares most texts their tokenising.
const std::vector<std::string>& concept_word_prefixes() {
  static const std::vector<std::string> prefixes = [] {
    std::vector<std::string> out;
    for (const auto& idiom : idioms()) out.push_back(idiom.phrase[idiom.concept_word].substr(0, 3));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }();
  return prefixes;
}

// How many words from `i` on an idiom passes over; `word(k)` is the k-th of `count` words.
template <typename WordAt>
std::size_t idiom_skip(std::size_t count, std::size_t i, const WordAt& word) {
  const auto& index = idioms_by_first_word();
  const auto found = index.find(word(i));
  if (found == index.end()) return 0;
  for (const Idiom* idiom : found->second) {
    const std::size_t length = idiom->phrase.size();
    if (i + length > count) continue;
    bool same = true;
    for (std::size_t k = 1; k < length && same; ++k) same = word(i + k) == idiom->phrase[k];
    if (same) return idiom->skip;
  }
  return 0;
}

}  // namespace

std::size_t idiom_words_at(const std::vector<std::string>& words, std::size_t i) {
  if (i >= words.size()) return 0;
  return idiom_skip(words.size(), i, [&](std::size_t k) { return std::string_view(words[k]); });
}

std::string with_case_read_abbreviations(std::string_view text) {
  constexpr std::string_view kPlural = "GPs";
  std::string out(text);
  // Almost no text holds the letters at all, and those are spared the tokenising.
  if (text.find(kPlural) == std::string_view::npos) return out;
  // Words as tokenize() finds them; their places in the text as written hold when
  // lowercasing kept every byte in place (in any other text the word is left as it is).
  const std::string lower = to_lower(text);
  if (lower.size() != text.size()) return out;
  for (const WordSpan& span : word_spans(lower)) {
    if (text.substr(span.begin, span.end - span.begin) == kPlural) out[span.begin + 2] = ' ';
  }
  return out;
}

std::string without_idiom_words(std::string_view text) {
  std::string resolved = with_case_read_abbreviations(text);
  text = resolved;
  const std::string lower = to_lower(text);
  const auto& prefixes = concept_word_prefixes();
  if (std::none_of(prefixes.begin(), prefixes.end(),
                   [&](const std::string& prefix) { return lower.find(prefix) != std::string::npos; })) {
    return resolved;
  }
  const auto spans = word_spans(lower);
  const auto word = [&](std::size_t k) {
    return std::string_view(lower).substr(spans[k].begin, spans[k].end - spans[k].begin);
  };
  // Blank out in the text as written when lowercasing kept every byte in place.
  std::string out = lower.size() == text.size() ? std::string(text) : lower;
  bool changed = false;
  for (std::size_t i = 0; i < spans.size();) {
    const std::size_t skip = idiom_skip(spans.size(), i, word);
    if (skip == 0) {
      ++i;
      continue;
    }
    for (std::size_t k = i; k < i + skip; ++k) {
      std::fill(out.begin() + static_cast<std::ptrdiff_t>(spans[k].begin),
                out.begin() + static_cast<std::ptrdiff_t>(spans[k].end), ' ');
    }
    changed = true;
    i += skip;
  }
  return changed ? out : resolved;
}

}  // namespace radar
