#include "i18n.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <ctime>
#include <map>

#include "metrics.h"
#include "radar/text.h"

namespace radar::server {
namespace {

const Phrases kPhrases{};

struct Label {
  const char* value;
  Phrase text;
};

constexpr Label kMaturityLabels[] = {
    {"idea", {"Idé", "Idea"}},
    {"prototype", {"Prototype", "Prototype"}},
    {"pilot", {"Afprøves (pilot)", "Being piloted"}},
    {"market", {"På markedet", "On the market"}},
};

constexpr Label kOrgTypeLabels[] = {
    {"company", {"Virksomhed", "Company"}},
    {"research", {"Forskning og uddannelse", "Research and education"}},
    {"municipality", {"Kommune", "Municipality"}},
    {"cluster", {"Klynge eller netværk", "Cluster or network"}},
    {"public", {"Offentlig myndighed", "Public authority"}},
    {"other", {"Anden", "Other"}},
};

constexpr Label kRecordTypeLabels[] = {
    {"organisation", {"organisationer", "organisations"}},
    {"solution", {"løsninger", "solutions"}},
    {"need", {"behov", "needs"}},
    {"page", {"websider", "web pages"}},
};

template <std::size_t N>
std::string label_of(const Label (&labels)[N], const std::string& value, bool english) {
  for (const auto& label : labels) {
    if (value == label.value) return english ? label.text.en : label.text.da;
  }
  return value;
}

Phrase Phrases::*decision_member(const std::string& decision, int part) {
  static const std::map<std::string, std::array<Phrase Phrases::*, 3>> kMembers{
      {"buy", {&Phrases::buy_title, &Phrases::buy_words, &Phrases::buy_next}},
      {"dialogue", {&Phrases::dialogue_title, &Phrases::dialogue_words, &Phrases::dialogue_next}},
      {"develop", {&Phrases::develop_title, &Phrases::develop_words, &Phrases::develop_next}},
      {"clarify", {&Phrases::clarify_title, &Phrases::clarify_words, &Phrases::clarify_next}},
  };
  const auto found = kMembers.find(decision);
  return (found == kMembers.end() ? kMembers.at("clarify") : found->second)[part];
}

}  // namespace

const char* Ui::operator()(Phrase Phrases::*member) const {
  const Phrase& phrase = kPhrases.*member;
  return english_ ? phrase.en : phrase.da;
}

std::string Ui::fill(Phrase Phrases::*member, const std::string& key, const std::string& value) const {
  return fill_placeholders((*this)(member), {{key, value}});
}

std::string Ui::maturity(const std::string& value) const { return label_of(kMaturityLabels, value, english_); }
std::string Ui::org_type(const std::string& value) const { return label_of(kOrgTypeLabels, value, english_); }
std::string Ui::record_types(const std::string& type) const { return label_of(kRecordTypeLabels, type, english_); }
std::string Ui::decision_title(const std::string& decision) const { return (*this)(decision_member(decision, 0)); }
std::string Ui::decision_words(const std::string& decision) const { return (*this)(decision_member(decision, 1)); }
std::string Ui::decision_next(const std::string& decision) const { return (*this)(decision_member(decision, 2)); }

std::string Ui::percent(double score) const {
  const long value = std::lround(std::clamp(score, 0.0, 1.0) * 100);
  return std::to_string(value) + (english_ ? "%" : "\u00a0%");
}

std::string Ui::count(unsigned long value) const {
  std::string digits = std::to_string(value);
  const char separator = english_ ? ',' : '.';
  for (int at = static_cast<int>(digits.size()) - 3; at > 0; at -= 3) digits.insert(static_cast<std::size_t>(at), 1, separator);
  return digits;
}

std::string Ui::time(const std::string& iso) const {
  const double seconds = iso8601_to_unix(iso);
  if (seconds <= 0) return iso;
  const std::time_t when = static_cast<std::time_t>(seconds);
  std::tm local{};
  localtime_r(&when, &local);
  char buffer[64];
  std::strftime(buffer, sizeof buffer, english_ ? "%d %b %Y, %H:%M %Z" : "%d.%m.%Y kl. %H:%M %Z", &local);
  return buffer;
}

std::string capitalise(const std::string& text) {
  std::string out = text;
  if (out.empty()) return out;
  const auto first = static_cast<unsigned char>(out[0]);
  if (first >= 'a' && first <= 'z') {
    out[0] = static_cast<char>(first - 32);
  } else if (first == 0xC3 && out.size() > 1) {
    const auto second = static_cast<unsigned char>(out[1]);
    if (second >= 0xA0 && second <= 0xBE && second != 0xB7) out[1] = static_cast<char>(second - 0x20);
  }
  return out;
}

}  // namespace radar::server
