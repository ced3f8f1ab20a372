namespace MedInsure.Web.Common;

/// <summary>
/// Every message the app reports, by its code in the text registry (Common/Texts.resx): one code, one
/// text. Limits are passed in by the code that enforces them, so a number is written in one place.
/// </summary>
public static class Messages
{
    // The check's input, for the form and the API alike.
    public static readonly BilingualMessage CityRequired = new("city.required");
    public static readonly BilingualMessage CityUnknown = new("city.unknown");
    public static readonly BilingualMessage ResumeAsRequired = new("resumeAs.required");
    public static readonly BilingualMessage ResumeAsUnknown = new("resumeAs.unknown");
    public static readonly BilingualMessage MonthRequired = new("month.required");
    public static readonly BilingualMessage MonthMalformed = new("month.malformed");
    public static readonly BilingualMessage TierInvalid = new("tier.invalid");
    public static readonly BilingualMessage GapReasonUnknown = new("gapReason.unknown");
    public static readonly BilingualMessage GapReasonNotEmployer = new("gapReason.notEmployer");
    public static readonly BilingualMessage PeriodsRequired = new("periods.required");
    public static readonly BilingualMessage PeriodNull = new("period.null");
    public static readonly BilingualMessage PeriodEndBeforeStart = new("period.endBeforeStart");
    public static readonly BilingualMessage PeriodNotBeforeResume = new("period.notBeforeResume");
    public static readonly BilingualMessage PayerRequired = new("payer.required");
    public static readonly BilingualMessage PayerUnknown = new("payer.unknown");

    public static BilingualMessage PeriodsTooMany(int max) => new("periods.tooMany", max);

    // The check form and saving a case.
    public static readonly BilingualMessage IdNumberInvalid = new("idNumber.invalid");
    public static readonly BilingualMessage CaseCodeInvalid = new("caseCode.invalid");

    public static BilingualMessage NameTooLong(int max) => new("name.tooLong", max);

    public static BilingualMessage TooManyFormRows(int max) => new("periods.tooManyRows", max);

    // The form never guesses a first enrolment: no period is an answer only when it is said.
    public static readonly BilingualMessage PeriodBlank = new("period.blank");
    public static readonly BilingualMessage PeriodsNoneGiven = new("periods.noneGiven");
    public static readonly BilingualMessage NeverInsuredWithPeriods = new("neverInsured.withPeriods");

    // Staff case lookup and notes.
    public static readonly BilingualMessage NothingToSearch = new("search.empty");
    public static readonly BilingualMessage SearchPageExpired = new("search.pageExpired");
    public static readonly BilingualMessage DateInvalid = new("date.invalid");
    public static readonly BilingualMessage DatesOutOfOrder = new("dates.order");
    public static readonly BilingualMessage NoteRequired = new("note.required");

    public static BilingualMessage NoteTooLong(int max) => new("note.tooLong", max);

    // Admin forms, imports and sign-in.
    public static readonly BilingualMessage CityCodeRequired = new("cityCode.required");
    public static readonly BilingualMessage CityNotAdded = new("city.notAdded");
    public static readonly BilingualMessage CityCodeInvalid = new("cityCode.invalid");
    public static readonly BilingualMessage CityExists = new("city.exists");
    public static readonly BilingualMessage NameRequired = new("name.required");
    public static readonly BilingualMessage KeyRequired = new("key.required");
    public static readonly BilingualMessage ValueRequired = new("value.required");
    public static readonly BilingualMessage EndRequired = new("end.required");
    public static readonly BilingualMessage RowNotFound = new("row.notFound");
    public static readonly BilingualMessage BasisRequired = new("basis.required");
    public static readonly BilingualMessage BasisUnknown = new("basis.unknown");
    public static readonly BilingualMessage AuthorityUnknown = new("authority.unknown");
    public static readonly BilingualMessage AuthorityRequired = new("authority.required");
    public static readonly BilingualMessage AddressRequired = new("address.required");
    public static readonly BilingualMessage PageOnSeed = new("page.onSeed");
    public static readonly BilingualMessage PublishedInvalid = new("published.invalid");
    public static readonly BilingualMessage UserNameRequired = new("userName.required");
    public static readonly BilingualMessage NoSuchStaffAccount = new("account.notFound");
    public static readonly BilingualMessage NoSuchAccount = new("account.none");
    public static readonly BilingualMessage AccountLacksRole = new("account.noSuchRole");
    public static readonly BilingualMessage NotOnOwnAccount = new("account.self");
    public static readonly BilingualMessage LastAdmin = new("account.lastAdmin");
    public static readonly BilingualMessage AccountChangeFailed = new("account.changeFailed");
    public static readonly BilingualMessage PasswordRequired = new("password.required");
    public static readonly BilingualMessage FileRequired = new("file.required");
    public static readonly BilingualMessage FileTooLarge = new("file.tooLarge");
    public static readonly BilingualMessage Conflict = new("row.conflict");
    public static readonly BilingualMessage ChangedDuringImport = new("import.changed");
    public static readonly BilingualMessage SignInFailed = new("signIn.failed");

    public static BilingualMessage TooLong(int length) => new("text.tooLong", length);

    public static BilingualMessage MoreProblems(int count) => new("import.moreProblems", count);

    public static BilingualMessage TooManyIdSearches(int perHour) => new("staff.tooManyIdSearches", perHour);

    public static BilingualMessage Overlaps(string range, string value) => new("row.overlaps", range, value);

    public static BilingualMessage OverlapsKeptRow(string range, string value) => new("import.overlapsKept", range, value);

    // Drafts, published versions, rollbacks, rule cases and verifications (docs/decisions/0012).
    public static readonly BilingualMessage ReasonRequired = new("reason.required");
    public static readonly BilingualMessage DraftNotFound = new("draft.notFound");
    public static readonly BilingualMessage DraftClosed = new("draft.closed");
    public static readonly BilingualMessage SameAuthor = new("draft.sameAuthor");
    public static readonly BilingualMessage NothingToPublish = new("draft.empty");
    public static readonly BilingualMessage ChangedMeanwhile = new("draft.changedMeanwhile");
    public static readonly BilingualMessage NotStale = new("draft.notStale");
    public static readonly BilingualMessage VersionMalformed = new("version.malformed");
    public static readonly BilingualMessage CityNotPublished = new("city.notPublished");
    public static readonly BilingualMessage NeverVerified = new("city.neverVerified");
    public static readonly BilingualMessage VerifiedOnInvalid = new("verifiedOn.invalid");
    public static readonly BilingualMessage RuleCaseRequired = new("ruleCase.required");
    public static readonly BilingualMessage RuleCaseNotFound = new("ruleCase.notFound");
    public static readonly BilingualMessage RuleCaseNotOne = new("ruleCase.one");

    public static BilingualMessage ReasonTooLong(int max) => new("reason.tooLong", max);

    public static BilingualMessage CasesFail(int count) => new("draft.casesFail", count);

    public static BilingualMessage Stale(int? baseNumber, int latest) =>
        baseNumber is { } number ? new("draft.stale", number, latest) : new("draft.staleNewCity", latest);

    public static BilingualMessage RebaseReason(int number) => new("draft.rebaseReason", number);

    public static BilingualMessage RebaseOverlaps(string keys) => new("draft.rebaseOverlaps", keys);

    public static BilingualMessage DraftSaved(int draft) => new("draft.saved", draft);

    public static BilingualMessage DraftDiscarded(int draft) => new("draft.discarded", draft);

    public static BilingualMessage DraftRebased(int number) => new("draft.rebased", number);

    public static BilingualMessage ImpactJobNotFound(int keptMinutes) => new("impactJob.notFound", keptMinutes);

    public static BilingualMessage VersionNotFound(string city, int number) => new("version.notFound", city, number);

    public static BilingualMessage AlreadyCurrent(int number) => new("version.current", number);

    public static BilingualMessage Published(string city, int number) => new("version.published", city, number);

    public static BilingualMessage RolledBack(string city, int number, int restores) => new("version.rolledBack", city, number, restores);

    public static BilingualMessage VerifiedLongAgo(DateOnly day, int months) => new("city.verifiedLongAgo", day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), months);

    public static BilingualMessage Verified(string city, DateOnly day) => new("city.verified", city, day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    public static BilingualMessage YearWithoutStandard(int year) => new("standard.yearStarted", year);

    public static BilingualMessage YearAboutToStartWithoutStandard(int year) => new("standard.yearStarting", year);

    public static BilingualMessage OldSources(int count, DateOnly before, int months, string keys) =>
        new("sources.old", count, before.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), months, keys);

    public static BilingualMessage UserNotAdmin(string user) => new("user.notAdmin", user);

    public static BilingualMessage CityMismatch(string city, string fileCity) => new("import.cityMismatch", city, fileCity);

    public static BilingualMessage ImportRefused(int problems) => new("import.refused", problems);

    public static BilingualMessage FileUnreadable(string file, string why) => new("file.unreadable", file, why);

    public static BilingualMessage RuleCaseTooLong(int max) => new("ruleCase.tooLong", max);

    public static BilingualMessage RuleCaseInvalid(string problem) => new("ruleCase.invalid", problem);

    public static BilingualMessage RuleCaseOtherCity(string city) => new("ruleCase.otherCity", city);

    public static BilingualMessage RuleCaseNameTaken(string name) => new("ruleCase.nameTaken", name);

    public static BilingualMessage RuleCaseAdded(string name) => new("ruleCase.added", name);

    public static BilingualMessage RuleCaseRemoved(string name) => new("ruleCase.removed", name);

    public static BilingualMessage RuleCaseUnreadable(string problem) => new("ruleCase.unreadable", problem);

    // What only the JSON API meets: the body, JSON types, the query and the route.
    public static readonly BilingualMessage BodyEmpty = new("body.empty");
    public static readonly BilingualMessage BodyMalformed = new("body.malformed");
    public static readonly BilingualMessage BodyInvalidText = new("body.invalidText");
    public static readonly BilingualMessage BodyNotObject = new("body.notObject");
    public static readonly BilingualMessage BodyUnreadable = new("body.unreadable");
    public static readonly BilingualMessage ContentTypeUnsupported = new("contentType.unsupported");
    public static readonly BilingualMessage FieldDuplicate = new("field.duplicate");
    public static readonly BilingualMessage MustBeString = new("type.string");
    public static readonly BilingualMessage MonthMustBeString = new("type.month");
    public static readonly BilingualMessage MustBeBoolean = new("type.boolean");
    public static readonly BilingualMessage TierMustBeNumber = new("type.tier");
    public static readonly BilingualMessage PeriodsMustBeArray = new("type.periods");
    public static readonly BilingualMessage PeriodMustBeObject = new("type.period");
    public static readonly BilingualMessage DateMalformed = new("date.malformed");

    public static BilingualMessage BodyTooLarge(int kib) => new("body.tooLarge", kib);

    // The titles and details of the API's problem documents.
    public static readonly BilingualMessage InvalidTitle = new("problem.invalid");
    public static readonly BilingualMessage NotFoundTitle = new("problem.notFound");
    public static readonly BilingualMessage RouteNotFoundDetail = new("problem.noRoute");
    public static readonly BilingualMessage MethodNotAllowedTitle = new("problem.methodNotAllowed");
    public static readonly BilingualMessage MethodNotAllowedDetail = new("problem.methodNotAllowed.only");
    public static readonly BilingualMessage TooLargeTitle = new("problem.tooLarge");
    public static readonly BilingualMessage UnsupportedMediaTypeTitle = new("problem.unsupportedMediaType");
    public static readonly BilingualMessage ServerErrorTitle = new("problem.serverError");
    public static readonly BilingualMessage ServerErrorDetail = new("problem.serverError.detail");
    public static readonly BilingualMessage TooManyRequestsTitle = new("problem.tooManyRequests");
}
