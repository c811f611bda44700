package dev.launchdesk.shared;

import java.util.List;

/**
 * A module's part of the home page's work queue: the items that need the signed-in user now, in the user's scope
 * (vendor leads and agents only ever get their own vendor's work). Every module that gives people work implements it
 * as a bean; the home page asks them all. Answers are computed from the module's own state on each call, so an item
 * disappears as soon as the work is done.
 */
public interface WorkQueue {

    List<WorkItem> workFor(Actor actor);
}
