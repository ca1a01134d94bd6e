package dev.x3ups.it.x3sink;

import dev.x3ups.it.harness.ConnectIT;

/** The Sage X3 sink scenarios on the shared in-process KRaft broker and Connect worker. */
@ConnectIT
class X3SinkIT extends X3SinkScenarios {
}
