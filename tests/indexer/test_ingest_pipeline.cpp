// The ingest's two threads (indexer/src/ingest_prepare.h): records read, parsed and made
// into documents on a second thread, written on the calling one. The index must be the
// one the serial ingest writes, byte for byte in what a reader can see (data, terms and
// their wdf, values, metadata), bad lines must be reported the same way, and a failure
// on either side must end the run with nothing committed and the thread joined.
#include <catch2/catch.hpp>

#include <xapian.h>

#include <chrono>
#include <sstream>
#include <stdexcept>
#include <streambuf>

#include "radar/concepts.h"
#include "radar/error.h"
#include "radar/index.h"
#include "radar/ingest.h"
#include "radar/language_resources.h"
#include "test_support.h"

using namespace radar::test;
using radar::IndexWriter;
using radar::IngestOptions;
using namespace std::chrono_literals;

namespace {

constexpr IngestOptions kSerial{false, 64};
constexpr IngestOptions kTwoThreads{true, 2};  // a short queue, so both sides wait on each other

// Everything a reader can see of an index, as text (the commit's time aside).
std::string index_digest(const std::string& path) {
  const Xapian::Database db(path);
  std::ostringstream out;
  for (auto id = db.postlist_begin(""); id != db.postlist_end(""); ++id) {
    const Xapian::Document doc = db.get_document(*id);
    out << "doc " << *id << " " << doc.get_data() << "\n";
    for (auto term = doc.termlist_begin(); term != doc.termlist_end(); ++term) {
      out << " " << *term << ":" << term.get_wdf();
    }
    out << "\n";
    for (auto value = doc.values_begin(); value != doc.values_end(); ++value) {
      out << " v" << value.get_valueno() << "=" << *value;
    }
    out << "\n";
  }
  for (auto key = db.metadata_keys_begin(); key != db.metadata_keys_end(); ++key) {
    if (*key != "radar:updated") out << "meta " << *key << "=" << db.get_metadata(*key) << "\n";
  }
  return out.str();
}

// An index holding the shipped thesaurus and stopwords, so documents get concept terms.
void store_shipped_language(const std::string& db) {
  IndexWriter writer(db);
  radar::store_language_resources(writer, radar::load_language_resources({source_path("corpora/thesaurus/thesaurus.txt")},
                                                                         source_path("corpora/stopwords")));
  writer.commit();
}

radar::IngestReport ingest(const std::string& db, const std::string& records, const IngestOptions& options) {
  std::istringstream input(records);
  IndexWriter writer(db);
  return radar::ingest_inputs(writer, {{"records.jsonl", "", &input}}, std::nullopt, options);
}

std::string organisation(const std::string& id, const std::string& description) {
  return R"({"type":"organisation","id":")" + id + R"(","name":"Firma )" + id + R"(","org_type":"company","lang":"da","description":")" +
         description + "\"}\n";
}

std::string solution(const std::string& id, const std::string& owner, const std::string& description) {
  return R"({"type":"solution","id":")" + id + R"(","organisation":")" + owner + R"(","name":"Løsning )" + id +
         R"(","maturity":"market","lang":"da","description":")" + description + "\"}\n";
}

// Records that take every path of the writer: organisations before and after their
// solutions, a replaced id, an organisation only the index knows, bad lines, and
// compounds whose rest is a word only of an earlier document ("kanten") or of none.
std::string mixed_records() {
  std::string records = organisation("org-a", "Sensorer ved sengekanten og faldalarmer til plejehjem.");
  records += solution("sol-early", "org-late", "Kanten af sengen har en trykmåtte.");  // organisation after it
  records += solution("sol-1", "org-a", "Sengealarmen melder når borgeren rejser sig fra sengekanten.");
  records += "{not json\n";
  records += solution("sol-indexed", "org-old", "Medicindispenser med påmindelse til hjemmeplejen.");
  records += organisation("org-late", "Loftlifte og forflytning på badeværelset.");
  records += solution("sol-orphan", "org-none", "Ingen kender firmaet.");
  for (int i = 0; i < 150; ++i) {
    const std::string n = std::to_string(i);
    records += solution("sol-gen-" + n, i % 2 == 0 ? "org-a" : "org-late",
                        "Nattilsyn " + n + " med sengealarm, faldsensor og kamerakanten ved sengebunden.");
  }
  records += solution("sol-1", "org-a", "Ny tekst: sengehesten og madrassensoren.");  // replaces sol-1
  records += R"({"type":"need","id":"need-1","municipality":"Testby Kommune","title":"Nattilsyn","organisation":"org-old","description":"Vi vil se sengekanten uden at vække borgeren."})"
             "\n";
  return records;
}

// An index with the thesaurus and one organisation from an earlier ingest.
void prepare_index(const std::string& db) {
  store_shipped_language(db);
  std::istringstream input(organisation("org-old", "Et gammelt firma med hjemmepleje."));
  IndexWriter writer(db);
  radar::ingest_inputs(writer, {{"old.jsonl", "", &input}}, std::nullopt, kSerial);
}

// A stream that yields `text`, then fails as a disk read error would.
class FailingBuffer : public std::streambuf {
 public:
  explicit FailingBuffer(std::string text) : text_(std::move(text)) {
    setg(text_.data(), text_.data(), text_.data() + text_.size());
  }

 protected:
  int_type underflow() override { throw std::runtime_error("read error (test)"); }

 private:
  std::string text_;
};

}  // namespace

TEST_CASE("the ingest on two threads writes the index the serial ingest writes", "[ingest][pipeline]") {
  TempDir dir;
  const std::string serial_db = dir.file("serial");
  const std::string piped_db = dir.file("piped");
  prepare_index(serial_db);
  prepare_index(piped_db);
  const auto serial = ingest(serial_db, mixed_records(), kSerial);
  const auto piped = ingest(piped_db, mixed_records(), kTwoThreads);
  CHECK(piped.errors == serial.errors);
  CHECK(piped.added == serial.added);
  CHECK(piped.replaced == serial.replaced);
  CHECK(piped.changed_ids == serial.changed_ids);
  REQUIRE(serial.errors.size() == 2);
  CHECK(serial.errors[0].rfind("records.jsonl:4: ", 0) == 0);
  CHECK(serial.errors[1].rfind("records.jsonl:7: ", 0) == 0);
  CHECK(serial.replaced == 1);
  const std::string digest = index_digest(serial_db);
  CHECK(digest.find("XZ") != std::string::npos);  // the thesaurus tagged them
  CHECK(index_digest(piped_db) == digest);
}

TEST_CASE("a compound's rest counts when a document of the same ingest has it, before or after", "[ingest][pipeline]") {
  // "seng" is a one-word term and "kanten" a word of org-a only: "sengekanten" expresses
  // the bed concept in org-b, written before org-a, as in org-c, written after it (the
  // writer tags org-b again before the commit: IndexWriter::settle_concepts).
  for (const auto& options : {kSerial, kTwoThreads}) {
    TempDir dir;
    store_shipped_language(dir.file("db"));
    ingest(dir.file("db"),
           organisation("org-b", "Alarm ved sengekanten.") + organisation("org-a", "Kanten er lav.") +
               organisation("org-c", "Alarm ved sengekanten."),
           options);
    const Xapian::Database db(dir.file("db"));
    const auto concepts = [&](const std::string& id) {
      std::string found;
      const Xapian::Document doc = db.get_document(*db.postlist_begin("Q" + id));
      for (auto term = doc.termlist_begin(); term != doc.termlist_end(); ++term) {
        if ((*term).rfind(radar::kConceptPrefix, 0) == 0) found += *term + " ";
      }
      return found;
    };
    INFO("second thread: " << options.prepare_on_second_thread);
    CHECK(concepts("org-b") == concepts("org-c"));
    CHECK(concepts("org-c").size() > concepts("org-a").size());  // the compound's concept is there
  }
}

TEST_CASE("broken lines are reported the same way by both ingests", "[ingest][pipeline]") {
  const std::string records = read_text(source_path("tests/fixtures/records/broken.jsonl"));
  TempDir dir;
  const auto serial = ingest(dir.file("serial"), records, kSerial);
  const auto piped = ingest(dir.file("piped"), records, kTwoThreads);
  CHECK(serial.errors.size() == 7);
  CHECK(piped.errors == serial.errors);
  CHECK(piped.added == 3);
  CHECK(index_digest(dir.file("piped")) == index_digest(dir.file("serial")));
}

TEST_CASE("a read error mid-stream names the line, commits nothing and stops the thread", "[ingest][pipeline]") {
  TempDir dir;
  const std::string db = dir.file("db");
  prepare_index(db);
  const std::string before = index_digest(db);
  std::string records;
  for (int i = 0; i < 300; ++i) records += organisation("org-r" + std::to_string(i), "Sensorer ved sengen.");
  for (const auto& options : {kSerial, kTwoThreads}) {
    FailingBuffer buffer(records);
    std::istream input(&buffer);
    IndexWriter writer(db);
    INFO("second thread: " << options.prepare_on_second_thread);
    try {
      radar::ingest_inputs(writer, {{"feed.jsonl", "", &input}}, std::nullopt, options);
      FAIL("the ingest of a failing stream did not throw");
    } catch (const radar::InputError& error) {
      CHECK_THAT(error.what(), Catch::StartsWith("feed.jsonl:301: cannot read this line"));
    }
    CHECK(writer.database().get_doccount() == 1);  // the transaction is cancelled
  }
  CHECK(index_digest(db) == before);
}

TEST_CASE("a write that fails mid-stream stops the preparing thread and commits nothing", "[ingest][pipeline]") {
  TempDir dir;
  const std::string db = dir.file("db");
  prepare_index(db);
  {
    // An organisation whose stored record is corrupt: looking it up for a solution fails
    // on the writer's thread while the preparing thread is still reading.
    Xapian::WritableDatabase raw(db);
    Xapian::Document broken;
    broken.add_boolean_term("Qorg-broken");
    broken.set_data("{not json");
    raw.add_document(broken);
    raw.commit();
  }
  const std::string before = index_digest(db);
  std::string records;
  for (int i = 0; i < 100; ++i) records += organisation("org-w" + std::to_string(i), "Sensorer ved sengen.");
  records += solution("sol-broken", "org-broken", "Ejeren er ødelagt.");
  for (int i = 0; i < 2000; ++i) records += solution("sol-w" + std::to_string(i), "org-w1", "Sengealarm.");
  const auto started = std::chrono::steady_clock::now();
  CHECK_THROWS_WITH(ingest(db, records, kTwoThreads), Catch::Contains("corrupt stored data"));
  CHECK(std::chrono::steady_clock::now() - started < 30s);  // joined, not left waiting on a full queue
  CHECK(index_digest(db) == before);
}

TEST_CASE("an unreadable file among the inputs ends the ingest with nothing committed", "[ingest][pipeline]") {
  TempDir dir;
  const std::string db = dir.file("db");
  prepare_index(db);
  const std::string before = index_digest(db);
  const std::string good = dir.write("good.jsonl", organisation("org-g", "Sensorer."));
  IndexWriter writer(db);
  CHECK_THROWS_WITH(radar::ingest_files(writer, {good, dir.file("missing.jsonl")}, std::nullopt, kTwoThreads),
                    Catch::Contains("cannot read " + dir.file("missing.jsonl")));
  CHECK(writer.database().get_doccount() == 1);
  CHECK(index_digest(db) == before);
}
