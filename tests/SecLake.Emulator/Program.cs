// Placeholder entry point; the emulator is being built.
return 0;
