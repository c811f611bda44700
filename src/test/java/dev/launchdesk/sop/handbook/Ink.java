package dev.launchdesk.sop.handbook;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The separate shapes of ink on a rendered page: 8-connected dark pixels, each with its bounding box. */
final class Ink {

    /** One shape; y grows downwards as in the image. */
    record Blob(int left, int top, int right, int bottom, int area) {

        int centreX() {
            return (left + right) / 2;
        }
    }

    private Ink() {
    }

    /** The shapes of at least {@code minArea} pixels, left to right; darker than mid-grey counts as ink. */
    static List<Blob> blobs(BufferedImage image, int minArea) {
        int width = image.getWidth();
        int height = image.getHeight();
        boolean[] ink = new boolean[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = image.getRGB(x, y);
                int grey = (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF)) / 3;
                ink[y * width + x] = grey < 128;
            }
        }
        boolean[] seen = new boolean[ink.length];
        int[] stack = new int[ink.length];
        List<Blob> blobs = new ArrayList<>();
        for (int start = 0; start < ink.length; start++) {
            if (!ink[start] || seen[start]) {
                continue;
            }
            int left = width, top = height, right = -1, bottom = -1, area = 0, size = 0;
            stack[size++] = start;
            seen[start] = true;
            while (size > 0) {
                int at = stack[--size];
                int x = at % width;
                int y = at / width;
                left = Math.min(left, x);
                right = Math.max(right, x);
                top = Math.min(top, y);
                bottom = Math.max(bottom, y);
                area++;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx;
                        int ny = y + dy;
                        if (nx >= 0 && ny >= 0 && nx < width && ny < height && ink[ny * width + nx] && !seen[ny * width + nx]) {
                            seen[ny * width + nx] = true;
                            stack[size++] = ny * width + nx;
                        }
                    }
                }
            }
            if (area >= minArea) {
                blobs.add(new Blob(left, top, right, bottom, area));
            }
        }
        blobs.sort(Comparator.comparingInt(Blob::left));
        return blobs;
    }
}
