package dev.x3ups.it.source;

import dev.x3ups.it.harness.ConnectIT;

/** The source scenarios on the shared in-process KRaft broker and Connect worker. */
@ConnectIT
class X3SourceIT extends X3SourceScenarios {
}
