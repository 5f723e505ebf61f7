package io.reportage.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Loads the classes of {@code io.reportage} a second time, each method made to report its work to
 * {@link WorkCounter}: a unit at every entry and at every jump back to an earlier instruction (the
 * next turn of a loop), and the elements a list search or removal, or the characters a string
 * search or substring, pass over. Everything else (the JDK, OpenNLP, the models' resources) comes
 * from the parent loader, so the work inside those libraries counts only through those calls.
 */
public final class CountingClassLoader extends ClassLoader {
  private static final String COUNTED = "io.reportage.";
  private static final String COUNTER = WorkCounter.class.getName().replace('.', '/');

  /** Owner, name and descriptor of a library call, and the descriptor of its stand-in in {@link WorkCounter}. */
  private static final Map<String, String> STAND_INS = Map.ofEntries(
      Map.entry("java/util/List.contains(Ljava/lang/Object;)Z", "contains(Ljava/util/Collection;Ljava/lang/Object;)Z"),
      Map.entry("java/util/ArrayList.contains(Ljava/lang/Object;)Z", "contains(Ljava/util/Collection;Ljava/lang/Object;)Z"),
      Map.entry("java/util/Collection.contains(Ljava/lang/Object;)Z", "contains(Ljava/util/Collection;Ljava/lang/Object;)Z"),
      Map.entry("java/util/List.remove(Ljava/lang/Object;)Z", "remove(Ljava/util/Collection;Ljava/lang/Object;)Z"),
      Map.entry("java/util/ArrayList.remove(Ljava/lang/Object;)Z", "remove(Ljava/util/Collection;Ljava/lang/Object;)Z"),
      Map.entry("java/util/Collection.remove(Ljava/lang/Object;)Z", "remove(Ljava/util/Collection;Ljava/lang/Object;)Z"),
      Map.entry("java/util/List.remove(I)Ljava/lang/Object;", "removeAt(Ljava/util/List;I)Ljava/lang/Object;"),
      Map.entry("java/util/ArrayList.remove(I)Ljava/lang/Object;", "removeAt(Ljava/util/List;I)Ljava/lang/Object;"),
      Map.entry("java/util/List.add(ILjava/lang/Object;)V", "addAt(Ljava/util/List;ILjava/lang/Object;)V"),
      Map.entry("java/util/ArrayList.add(ILjava/lang/Object;)V", "addAt(Ljava/util/List;ILjava/lang/Object;)V"),
      Map.entry("java/util/List.indexOf(Ljava/lang/Object;)I", "indexOf(Ljava/util/List;Ljava/lang/Object;)I"),
      Map.entry("java/util/ArrayList.indexOf(Ljava/lang/Object;)I", "indexOf(Ljava/util/List;Ljava/lang/Object;)I"),
      Map.entry("java/util/List.lastIndexOf(Ljava/lang/Object;)I", "lastIndexOf(Ljava/util/List;Ljava/lang/Object;)I"),
      Map.entry("java/util/ArrayList.lastIndexOf(Ljava/lang/Object;)I", "lastIndexOf(Ljava/util/List;Ljava/lang/Object;)I"),
      Map.entry("java/lang/String.indexOf(Ljava/lang/String;)I", "indexOf(Ljava/lang/String;Ljava/lang/String;)I"),
      Map.entry("java/lang/String.indexOf(Ljava/lang/String;I)I", "indexOf(Ljava/lang/String;Ljava/lang/String;I)I"),
      Map.entry("java/lang/String.indexOf(I)I", "indexOf(Ljava/lang/String;I)I"),
      Map.entry("java/lang/String.indexOf(II)I", "indexOf(Ljava/lang/String;II)I"),
      Map.entry("java/lang/String.contains(Ljava/lang/CharSequence;)Z", "contains(Ljava/lang/String;Ljava/lang/CharSequence;)Z"),
      Map.entry("java/lang/String.substring(I)Ljava/lang/String;", "substring(Ljava/lang/String;I)Ljava/lang/String;"),
      Map.entry("java/lang/String.substring(II)Ljava/lang/String;", "substring(Ljava/lang/String;II)Ljava/lang/String;"));

  public CountingClassLoader(ClassLoader parent) {
    super("counting", parent);
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    // The counter is the parent's, so that the counted code and the test read the same one.
    if (!name.startsWith(COUNTED) || name.equals(WorkCounter.class.getName())) {
      return super.loadClass(name, resolve);
    }
    synchronized (getClassLoadingLock(name)) {
      Class<?> loaded = findLoadedClass(name);
      if (loaded == null) {
        byte[] counted = instrument(read(name));
        loaded = defineClass(name, counted, 0, counted.length);
      }
      if (resolve) {
        resolveClass(loaded);
      }
      return loaded;
    }
  }

  private byte[] read(String name) throws ClassNotFoundException {
    try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
      if (in == null) {
        throw new ClassNotFoundException(name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the class " + name, e);
    }
  }

  static byte[] instrument(byte[] original) {
    ClassReader reader = new ClassReader(original);
    // Frames are recomputed from the original ones, which an added call that leaves the stack as it was keeps valid.
    ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
    reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
      @Override
      public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
        return new CountingMethod(super.visitMethod(access, name, descriptor, signature, exceptions));
      }
    }, 0);
    return writer.toByteArray();
  }

  /** Adds a tick at entry and before every backward jump; puts the stand-ins in place of the counted library calls. */
  private static final class CountingMethod extends MethodVisitor {
    private final Set<Label> seen = new HashSet<>();

    CountingMethod(MethodVisitor next) {
      super(Opcodes.ASM9, next);
    }

    private void tick() {
      super.visitMethodInsn(Opcodes.INVOKESTATIC, COUNTER, "tick", "()V", false);
    }

    @Override
    public void visitCode() {
      super.visitCode();
      tick();
    }

    @Override
    public void visitLabel(Label label) {
      super.visitLabel(label);
      seen.add(label);
    }

    @Override
    public void visitJumpInsn(int opcode, Label label) {
      if (seen.contains(label)) {
        tick();
      }
      super.visitJumpInsn(opcode, label);
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
      String standIn = opcode == Opcodes.INVOKESTATIC ? null : STAND_INS.get(owner + "." + name + descriptor);
      if (standIn != null) {
        int paren = standIn.indexOf('(');
        super.visitMethodInsn(Opcodes.INVOKESTATIC, COUNTER, standIn.substring(0, paren), standIn.substring(paren), false);
      } else {
        super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
      }
    }
  }
}
