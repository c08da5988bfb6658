// Whose drafts a DraftStore sees, against a real SQLite file: every call is scoped to the
// account the store was opened for (server key + user id); another account's draft id answers
// NotFound and is never read, overwritten or removed; nothing is deleted when accounts change
// (signing out and the progress switch keep drafts), and the owner finds them intact again.
#define BOOST_TEST_MODULE client_draft_owner
#include <boost/test/unit_test.hpp>

#include <algorithm>

#include "local_store_fixture.h"
#include "qt_fixture.h"
#include "satchel/client/draft_store.h"

using namespace satchel;
using satchel::client::CourseDraft;
using satchel::client::DraftOwner;
using satchel::client::DraftStore;
using satchel::client::StoreError;
using satchel::testing::RawConnection;
using satchel::testing::StoreDir;

using satchel::testing::QtCoreApp;
BOOST_TEST_GLOBAL_FIXTURE(QtCoreApp);

namespace {

const QString kSchool = QStringLiteral("https://school.example");
const QString kOtherSchool = QStringLiteral("https://other.example");
const Uuid kAda = *Uuid::parse("0192a5a0-0000-7000-8000-0000000000a1");
const Uuid kBen = *Uuid::parse("0192a5a0-0000-7000-8000-0000000000b2");

struct Drafts : StoreDir {
    std::unique_ptr<DraftStore> openFor(const DraftOwner& owner) {
        auto store = DraftStore::open(path, owner);
        BOOST_REQUIRE_MESSAGE(store.ok(),
                              (store.ok() ? QString() : store.error().message).toStdString());
        return std::move(*store);
    }
    CourseDraft saved(DraftStore& store, const std::string& title) {
        CourseDraft draft = client::newCourseDraft(title);
        draft.modules.push_back(client::newDraftModule("Week 1"));
        const auto done = store.save(draft);
        BOOST_REQUIRE_MESSAGE(done.ok(),
                              (done.ok() ? QString() : done.error().message).toStdString());
        return draft;
    }
    int rows() {
        RawConnection raw(path);
        return raw.exec(QStringLiteral("SELECT count(*) FROM course_draft")).toInt();
    }
};

std::vector<std::string> titles(DraftStore& store) {
    auto list = store.list();
    BOOST_REQUIRE(list.ok());
    std::vector<std::string> out;
    for (const auto& d : *list)
        out.push_back(d.title);
    std::sort(out.begin(), out.end());
    return out;
}

template <class T>
bool notFound(const client::StoreResult<T>& r) {
    return !r.ok() && r.error().kind == StoreError::Kind::NotFound;
}

}  // namespace

BOOST_FIXTURE_TEST_CASE(each_account_lists_and_opens_only_its_own_drafts, Drafts) {
    auto ada = openFor({kSchool, kAda});
    auto ben = openFor({kSchool, kBen});
    const CourseDraft optics = saved(*ada, "Optics");
    const CourseDraft waves = saved(*ada, "Waves");
    const CourseDraft botany = saved(*ben, "Botany");

    BOOST_TEST(titles(*ada) == (std::vector<std::string>{"Optics", "Waves"}),
               boost::test_tools::per_element());
    BOOST_TEST(titles(*ben) == (std::vector<std::string>{"Botany"}),
               boost::test_tools::per_element());
    const auto own = ada->load(optics.id);
    BOOST_REQUIRE(own.ok());
    BOOST_TEST((*own == optics));

    // Ben asking for Ada's draft gets what an unknown id gets: NotFound, no data.
    const auto theirs = ben->load(optics.id);
    BOOST_REQUIRE(notFound(theirs));
    BOOST_TEST(notFound(ben->load(newUuidV7())));
    BOOST_TEST(!theirs.error().message.contains(QStringLiteral("Optics")));
    BOOST_TEST(notFound(ada->load(botany.id)));
    BOOST_TEST(ada->load(waves.id).ok());
}

BOOST_FIXTURE_TEST_CASE(another_accounts_draft_cannot_be_overwritten_or_removed, Drafts) {
    auto ada = openFor({kSchool, kAda});
    auto ben = openFor({kSchool, kBen});
    const CourseDraft optics = saved(*ada, "Optics");

    // Saving under Ada's id (the way a forged or stale id would reach the store) writes nothing.
    CourseDraft forged = optics;
    forged.title = "Optics, as Ben's";
    forged.updatedAtMs = 5;
    const auto save = ben->save(forged);
    BOOST_TEST(notFound(save));
    BOOST_TEST(forged.updatedAtMs == 5);  // the caller's copy is not stamped either
    BOOST_TEST(notFound(ben->remove(optics.id)));
    BOOST_TEST(ben->list()->empty());
    const auto kept = ada->load(optics.id);
    BOOST_REQUIRE(kept.ok());
    BOOST_TEST((*kept == optics));

    // The owner still saves over and removes its own; removing it twice is NotFound.
    CourseDraft edited = *kept;
    edited.title = "Geometric optics";
    BOOST_REQUIRE(ada->save(edited).ok());
    BOOST_TEST(ada->load(optics.id)->title == "Geometric optics");
    BOOST_TEST(ada->remove(optics.id).ok());
    BOOST_TEST(notFound(ada->remove(optics.id)));
    BOOST_TEST(rows() == 0);
}

BOOST_FIXTURE_TEST_CASE(the_same_user_id_on_another_server_is_another_owner, Drafts) {
    auto here = openFor({kSchool, kAda});
    auto there = openFor({kOtherSchool, kAda});
    const CourseDraft optics = saved(*here, "Optics");
    BOOST_TEST(there->list()->empty());
    BOOST_TEST(notFound(there->load(optics.id)));
    // A trailing slash is the app's business (it strips it): keys are compared exactly.
    auto slashed = openFor({kSchool + QLatin1Char('/'), kAda});
    BOOST_TEST(slashed->list()->empty());
}

BOOST_FIXTURE_TEST_CASE(unowned_drafts_go_to_the_first_account_that_claims_them, Drafts) {
    // Drafts from before ownership (migration 7 left them with no owner).
    const CourseDraft old = [&] {
        auto ada = openFor({kSchool, kAda});
        CourseDraft d = saved(*ada, "Old course");
        RawConnection raw(path);
        raw.exec(
            QStringLiteral("UPDATE course_draft SET owner_server = NULL, "
                           "owner_account = NULL"));
        return d;
    }();
    auto ben = openFor({kSchool, kBen});
    auto ada = openFor({kSchool, kAda});
    // Unowned is nobody's: not listed, not loadable, not writable until claimed.
    BOOST_TEST(ben->list()->empty());
    BOOST_TEST(notFound(ada->load(old.id)));
    CourseDraft copy = old;
    BOOST_TEST(notFound(ada->save(copy)));

    BOOST_TEST(*ben->claimUnowned() == 1);
    BOOST_TEST(*ben->claimUnowned() == 0);
    BOOST_TEST(*ada->claimUnowned() == 0);
    BOOST_TEST(titles(*ben) == (std::vector<std::string>{"Old course"}),
               boost::test_tools::per_element());
    BOOST_TEST(ada->list()->empty());
    const auto claimed = ben->load(old.id);
    BOOST_REQUIRE(claimed.ok());
    BOOST_TEST((*claimed == old));
}

BOOST_FIXTURE_TEST_CASE(drafts_outlive_sign_out_and_another_accounts_progress_switch, Drafts) {
    CourseDraft optics;
    {
        auto ada = openFor({kSchool, kAda});
        optics = saved(*ada, "Optics");
    }  // Ada signs out: the editor's store closes
    {
        // Ben signs in: his progress claim clears Ada's synced progress, not her drafts.
        auto local = open();
        BOOST_REQUIRE(local->claimProgress(kAda).ok());
        RawConnection raw(path);
        raw.exec(QStringLiteral("INSERT INTO meta VALUES ('pull_cursor', 'c1')"));
        const auto switched = local->claimProgress(kBen);
        BOOST_REQUIRE(switched.ok());
        BOOST_TEST((switched->outcome == client::ProgressClaim::Outcome::Switched));
        auto ben = openFor({kSchool, kBen});
        BOOST_TEST(*ben->claimUnowned() == 0);
        BOOST_TEST(ben->list()->empty());
        saved(*ben, "Botany");
    }
    BOOST_TEST(rows() == 2);
    auto ada = openFor({kSchool, kAda});
    BOOST_TEST(titles(*ada) == (std::vector<std::string>{"Optics"}),
               boost::test_tools::per_element());
    const auto back = ada->load(optics.id);
    BOOST_REQUIRE(back.ok());
    BOOST_TEST((*back == optics));
}

BOOST_FIXTURE_TEST_CASE(a_store_without_an_account_is_refused, Drafts) {
    for (const DraftOwner& owner : {DraftOwner{QString(), kAda}, DraftOwner{kSchool, Uuid()}}) {
        const auto refused = DraftStore::open(path, owner);
        BOOST_REQUIRE(!refused.ok());
        BOOST_TEST((refused.error().kind == StoreError::Kind::Invalid));
    }
}
