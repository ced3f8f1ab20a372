// The browser classes run one collection at a time: each parallelises its own pages inside one
// browser (PageView.CheckAllAsync), and on two shared cores a second app and browser beside it only
// made both slower and timed out the admin's save in StaffJourneyTests.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
