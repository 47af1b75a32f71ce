/** The plain-Java embedding example that the README quotes. */
package dev.yifa.examples.embedding;
