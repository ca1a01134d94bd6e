package dev.x3ups.x3.sink.target;

/** How the exception flag travels: an X3 local menu (1 no, 2 yes) in api1, a Boolean in GraphQL. */
public enum FlagStyle {
    MENU,
    BOOLEAN
}
