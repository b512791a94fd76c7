/// What happened, as it happens: the live console listens to these.
package enum RunEvent: Sendable {
    case runStarted(collectionName: String, iterationCount: Int)
    case iterationStarted(index: Int, count: Int)
    case itemStarted(PlannedItem, iteration: Int)
    /// The request went out and came back (or failed): the execution so far, before test scripts and checks.
    case requestFinished(ItemExecution)
    case itemFinished(ItemExecution)
    case warning(RunWarning)
    case scriptLogged(ScriptLog)
    case scriptRequestFinished(ScriptRequestRecord)
    case runFinished(RunResult)
}

/// Receives run events in order, on the thread that runs the collection.
package protocol RunObserver: AnyObject {
    func handle(_ event: RunEvent)
}
