package dev.launchdesk.training.assignment;

import java.time.LocalDate;
import java.util.List;

/** Assigning a module by name: the agents' external ids (e.g. NCS-10001) and the day it is due. */
public record AssignmentForm(List<String> agents, LocalDate dueOn) {
}
