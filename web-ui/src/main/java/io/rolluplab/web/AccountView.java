package io.rolluplab.web;

/** One dev account as the pages show it; the private key is deliberately not part of it. */
public record AccountView(int index, String address, String balanceEth) {}
